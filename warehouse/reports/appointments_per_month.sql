-- Personnel changes per month and action (changes without a known date are left out).
SELECT strftime(effective_date, '%Y-%m') AS month, action, count(*) AS appointments
FROM fact_appointment
WHERE effective_date IS NOT NULL
GROUP BY ALL
ORDER BY month, appointments DESC, action;
