// Shared test setup: dates and numbers must not depend on the machine's zone or locale.
process.env.TZ = 'UTC';
