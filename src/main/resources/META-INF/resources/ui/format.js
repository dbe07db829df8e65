// French formats: numbers with a decimal comma and narrow spaces, dates and times on the Paris wall clock.
const ZONE = 'Europe/Paris';
const decimals = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const days = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const times = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
const hours = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const months = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' });

export const kwh = (value) => (value === null || value === undefined ? '—' : decimals.format(value));
export const watts = (value) => (value === null || value === undefined ? '—' : integers.format(value));
export const rate = (value) => (value === null || value === undefined ? '—' : percents.format(value));
export const percent = (value) => `${decimals.format(value)} %`;
export const instant = (iso) => times.format(new Date(iso));
export const hour = (iso) => hours.format(new Date(iso));
/** A local day 'YYYY-MM-DD' as 'DD/MM/YYYY' (a calendar day, no time zone involved); open ends shown as such. */
export const day = (local) => (local ? local.split('-').reverse().join('/') : 'sans fin');
export const month = (local) => months.format(new Date(`${local.slice(0, 7)}-01T00:00:00Z`));

/** The local day 'YYYY-MM-DD' of an instant, on the Paris wall clock. */
export function parisDay(iso) {
  const [d, m, y] = days.format(new Date(iso)).split('/');
  return `${y}-${m}-${d}`;
}

/** Adds days to a local day 'YYYY-MM-DD'. */
export function plusDays(local, count) {
  const date = new Date(`${local}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** The first day of the month after a local day's month. */
export function nextMonth(local) {
  const date = new Date(`${local.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

export const ROLE = { cons: 'consommateur', prod: 'producteur' };
export const STATUS = { ACTIVE: 'active', SUSPENDED: 'suspendue', TERMINATED: 'terminée' };
export const KEY_TYPE = {
  STATIC: 'statique', DEFAULT: 'par défaut', DYNAMIC_SIMPLE: 'dynamique simple', DYNAMIC_FULL: 'dynamique complète',
};
