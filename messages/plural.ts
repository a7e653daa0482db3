const numbers = new Intl.NumberFormat('fr-FR');
const rules = new Intl.PluralRules('fr-FR');

/** "{n} commentaire" or "{n} commentaires" by the French plural rule, the number formatted ("1 200"). */
export const plural = (n: number, one: string, other: string) =>
  (rules.select(n) === 'one' ? one : other).replace('{n}', numbers.format(n));

export const formatNumber = (n: number) => numbers.format(n);
