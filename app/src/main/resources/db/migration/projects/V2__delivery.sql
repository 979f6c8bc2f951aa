-- An amount in US dollars through the secretariat's exchange-rate table: the rate of the value date's year, else
-- the nearest year's; null when the table has no rate at all for the currency.
create function projects.to_usd(amount numeric, currency char(3), at date) returns numeric
    language sql stable as
$$
select case
           when currency = 'USD' then amount
           else amount / (select r.units_per_usd from projects.exchange_rate r where r.currency = $2
                          order by abs(r.year - extract(year from $3)), r.year desc limit 1)
       end
$$;

-- the budget of each project and year: the revised budgets of a year replace its original ones
create view projects.yearly_budget as
select project_id, year, sum(usd) as budget_usd, bool_or(usd is null) as unconverted
from (select b.project_id, extract(year from b.period_start)::int as year, b.type,
             projects.to_usd(b.amount, b.currency, b.value_date) as usd,
             bool_or(b.type = 'REVISED') over (partition by b.project_id, extract(year from b.period_start)) as has_revised
      from projects.budget b) x
where type = case when has_revised then 'REVISED' else 'ORIGINAL' end
group by project_id, year;

create view projects.yearly_expenditure as
select project_id, extract(year from date)::int as year,
       sum(projects.to_usd(amount, currency, value_date)) as expenditure_usd,
       bool_or(projects.to_usd(amount, currency, value_date) is null) as unconverted
from projects.transaction
where type = 'EXPENDITURE'
group by 1, 2;

-- delivery per project and year: expenditure against the budget of the same year, in US dollars
create view projects.yearly_delivery as
select coalesce(b.project_id, e.project_id) as project_id, coalesce(b.year, e.year) as year,
       coalesce(b.budget_usd, 0) as budget_usd, coalesce(e.expenditure_usd, 0) as expenditure_usd,
       coalesce(b.unconverted, false) or coalesce(e.unconverted, false) as unconverted
from projects.yearly_budget b
         full join projects.yearly_expenditure e on e.project_id = b.project_id and e.year = b.year;
