-- Anniversary days 1 to 31: in a month without that day, the anniversary is the month's last day.
ALTER TABLE agreement DROP CONSTRAINT agreement_anniversary_day_check;
ALTER TABLE agreement ADD CONSTRAINT agreement_anniversary_day_check CHECK (anniversary_day BETWEEN 1 AND 31);
