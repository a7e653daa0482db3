/**
 * Return addresses an attacker would try, each of which must end on the dashboard: read by the unit test
 * and, a sample of them, by the end-to-end test that signs in with them.
 */
export const hostileReturnPaths: readonly string[] = [
  // dot segments, plain and percent-encoded in every case and twice over
  '/admin/..//evil.example',
  '/admin/.%2e//evil.example',
  '/admin/%2e%2e//evil.example',
  '/admin/%2E%2E//evil.example',
  '/admin/%2e./%2fevil.example',
  '/admin/%252e%252e//evil.example',
  '/admin/../../evil.example',
  '/admin/./../article/x',
  '/admin/%2e%2e%2f%2fevil.example',
  '/admin/..%2f..%2fevil.example',
  '/admin/..%252f..%252fevil.example',
  '/admin/..%5c..%5cevil.example',
  // empty segments and protocol-relative forms
  '//evil.example',
  '//evil.example/admin',
  '/admin//evil.example',
  '///evil.example/admin',
  '/%2fevil.example',
  '/%2Fevil.example/admin',
  '/admin/%2f%2fevil.example',
  // backslashes, raw and encoded
  '/\\evil.example',
  '/admin/\\\\evil.example',
  '\\\\evil.example/admin',
  '/admin%5c%5cevil.example',
  '/admin?x=\\evil',
  // control characters and white space
  '/admin\u0000',
  '/admin/\u0000evil',
  '/admin?x=\u0000',
  '/admin/%00',
  '/admin\r\nLocation: http://evil.example',
  '/admin/%0d%0aSet-Cookie:x=1',
  '/admin\t/x',
  '\t//evil.example',
  '/admin /x',
  ' /admin',
  '/admin\u000b',
  '/admin\u007f',
  // other schemes and absolute addresses
  'javascript:alert(1)',
  'JavaScript:alert(1)//admin',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example',
  'https://evil.example/admin',
  'http:/evil.example/admin',
  'https:evil.example',
  '/admin@evil.example',
  // unicode lookalikes (fullwidth solidus and full stops, the one-dot leader, a right-to-left mark)
  '/admin／／evil.example',
  '/admin/．．/／evil.example',
  '/admin/\u2024\u2024/evil.example',
  '/admin/%EF%BC%8F%EF%BC%8Fevil.example',
  '/\u202eadmin',
  '/àdmin',
  // near misses of the prefix, and the sign-in page itself
  '/administrateur',
  '/Admin',
  'admin',
  '/article/x',
  '/admin/connexion',
  '/admin/connexion?retour=%2F%2Fevil.example',
  // over-long
  `/admin/${'a'.repeat(600)}`,
  `/admin?q=${'%2e'.repeat(400)}`,
];
