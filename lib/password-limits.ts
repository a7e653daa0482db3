// Apart from lib/password.ts (which loads the native Argon2 binding) so that forms in the browser can show them.
export const PASSWORD_MIN_LENGTH = 12;
// Long enough for any passphrase; a megabyte-long "password" is refused before it is hashed.
export const PASSWORD_MAX_LENGTH = 256;
