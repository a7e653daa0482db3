// Staff accounts from the command line (README, "Staff accounts"):
//   npm run user:create -- --email awa@exemple.cm --name "Awa Ndiaye" --role admin [--password …]
//   npm run user:password -- --email awa@exemple.cm [--password …]
//   npm run user:role -- --email awa@exemple.cm --role editor
//   npm run user:disable -- --email awa@exemple.cm      (user:enable to undo)
//   npm run user:list
// Without --password, the password is asked twice at a hidden prompt (or read from the first line of stdin).
import { Writable } from 'node:stream';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const { db } = await import('@/db/index');
const { migrateDatabase } = await import('@/db/migrate');
const { roles } = await import('@/lib/vocabulary');
const users = await import('@/db/users');
const { hashPassword, passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } = await import('@/lib/password');
const { config } = await import('@/lib/config');
const { normaliseEmail } = await import('@/lib/signed-token');

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const email = () => {
  const parsed = z.email().safeParse(values.email?.trim());
  return parsed.success ? normaliseEmail(parsed.data) : fail('Indiquez une adresse valide : --email nom@exemple.cm');
};
const role = () => {
  const parsed = z.enum(roles).safeParse(values.role);
  return parsed.success ? parsed.data : fail(`Indiquez un rôle : --role ${roles.join('|')}`);
};

async function readHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) process.stdout.write(chunk, encoding);
      done();
    },
  });
  const prompt = readline.createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(question);
  muted = true;
  const answer = await prompt.question('');
  muted = false;
  prompt.close();
  process.stdout.write('\n');
  return answer;
}

async function readFirstLine(): Promise<string> {
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function password(): Promise<string> {
  let chosen = values.password;
  if (chosen === undefined && process.stdin.isTTY) {
    chosen = await readHidden('Mot de passe : ');
    if ((await readHidden('Confirmez le mot de passe : ')) !== chosen) fail('Les deux mots de passe diffèrent.');
  } else if (chosen === undefined) {
    chosen = await readFirstLine();
  }
  const problem = passwordProblem(chosen);
  if (problem === 'tooShort') fail(`Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`);
  if (problem === 'tooLong') fail(`Le mot de passe doit compter au plus ${PASSWORD_MAX_LENGTH} caractères.`);
  return hashPassword(chosen);
}

migrateDatabase(db);
switch (command) {
  case 'create': {
    const name = values.name?.trim() || fail('Indiquez un nom : --name "Prénom Nom"');
    const address = email();
    const chosenRole = role();
    const created = users.createStaffUser({ email: address, name, role: chosenRole, passwordHash: await password() });
    if (!created) fail(`Un compte ${address} existe déjà : changez son mot de passe avec npm run user:password.`);
    console.log(
      `${created.created ? 'Compte créé' : 'Signature existante activée'} : ${address} (${chosenRole}) dans ${config.databasePath}`,
    );
    break;
  }
  case 'password': {
    const address = email();
    if (!users.updateStaffPassword(address, await password())) fail(`Aucun compte ${address}.`);
    console.log(`Mot de passe changé : ${address}`);
    break;
  }
  case 'role': {
    const address = email();
    const chosenRole = role();
    if (!users.updateStaffRole(address, chosenRole)) fail(`Aucun compte ${address}.`);
    console.log(`Rôle changé : ${address} → ${chosenRole}`);
    break;
  }
  case 'disable':
  case 'enable': {
    const address = email();
    if (!users.updateStaffDisabled(address, command === 'disable')) fail(`Aucun compte ${address}.`);
    console.log(
      command === 'disable'
        ? `Compte désactivé : ${address} (ses sessions ne fonctionnent plus)`
        : `Compte réactivé : ${address}`,
    );
    break;
  }
  case 'list': {
    for (const account of users.listStaffAccountsForStaff()) {
      const state = account.active ? 'actif' : account.hasPassword ? 'désactivé' : 'signature seule';
      console.log(`${account.email}\t${account.role}\t${state}\t${account.name}`);
    }
    break;
  }
  default:
    fail('Commandes : create, password, role, disable, enable, list (voir le README).');
}
