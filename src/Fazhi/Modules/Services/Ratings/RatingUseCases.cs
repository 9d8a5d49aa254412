using System.Linq.Expressions;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Ratings;

public sealed class RateInput
{
    public Guid ApplicationId { get; set; }

    public RatingLevel Level { get; set; } = RatingLevel.Satisfied;

    public int? Window { get; set; }

    public DateOnly? On { get; set; }

    public bool RealName { get; set; }

    public string? Phone { get; set; }

    public string? Comment { get; set; }
}

public sealed class RatingActionInput
{
    public DateOnly? On { get; set; }

    public Verification? Result { get; set; }

    public AppealOutcome? Outcome { get; set; }

    public string? Note { get; set; }
}

public sealed record RatingView(Guid Id, Guid ApplicationId, string Department, int? Window, int Level, string LevelName, DateOnly RatedOn, bool RealName,
    string? Phone, string? Comment, bool Bad, DateOnly? VerifiedOn, string? Verification, DateOnly? RectifyDueOn, DateOnly? RectifiedOn, string? Rectification,
    DateOnly? CalledBackOn, DateOnly? AppealedOn, string? AppealReason, DateOnly? AppealDecidedOn, string? AppealOutcome, bool Counts, bool RectifyOverdue)
{
    public static RatingView Of(ServiceRating r, DateOnly today) => new(r.Id, r.ApplicationId, r.Department, r.WindowNumber, (int)r.Level, Names.Of(r.Level), r.RatedOn,
        r.RealName, r.RaterPhoneProtected is null ? null : "已加密登记", Masking.Text(r.Comment), r.IsBad, r.VerifiedOn, r.Verification is { } v ? Names.Of(v) : null,
        r.RectifyDueOn, r.RectifiedOn, r.Rectification, r.CalledBackOn, r.AppealedOn, r.AppealReason, r.AppealDecidedOn,
        r.AppealOutcome is { } o ? Names.Of(o) : null, r.Counts, r.RectifyDueOn is { } due && r.RectifiedOn is null && today > due);
}

/// <summary>A ranked unit: window, department or town, with its month's ratings.</summary>
public sealed record RankRow(int Rank, string Key, string Name, int Ratings, int Good, decimal Score);

/// <summary>The city league of one month as a user may see it: the whole table for a city or supervising user, one row for a town.</summary>
public sealed record CityLeague(string CityCode, string CityName, int Year, int Month, int Towns, IReadOnlyList<RankRow> Rows, bool WholeTable);

public sealed class RatingFilter
{
    public string? Bad { get; set; }

    public string? Month { get; set; }

    public string? Department { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    public string? PageSize { get; set; }
}

/// <summary>好差评: rate a service, handle bad ratings (verify, rectify, call back), appeals, and the monthly rankings.</summary>
public sealed class RatingUseCases(AppDbContext db, ICalendarSource calendars, IFieldProtector protector, TimeProvider clock)
{
    public DateOnly Today => LegalDate.Today(clock);

    public async Task<ServiceRating> RateAsync(RateInput input, CancellationToken ct)
    {
        var application = await db.Set<ServiceApplication>().FirstOrDefaultAsync(a => a.Id == input.ApplicationId, ct)
                          ?? throw new FieldValidationException("applicationId", "请选择要评价的办件");
        var on = input.On ?? Today;
        var errors = new Dictionary<string, string[]>();
        if (on > Today)
        {
            errors["on"] = ["评价日期不能晚于今天"];
        }

        if (on < application.ReceivedOn)
        {
            errors["on"] = ["评价日期不能早于收件日期"];
        }

        if (!Enum.IsDefined(input.Level))
        {
            errors["level"] = ["评价等级应为五级之一"];
        }

        if (input.RealName && !string.IsNullOrWhiteSpace(input.Phone) && Identifiers.CheckMobilePhone(input.Phone.Trim()) is { } phoneError)
        {
            errors["phone"] = [phoneError];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (await db.Set<ServiceRating>().AnyAsync(r => r.ApplicationId == application.Id, ct))
        {
            throw new DomainRuleException("该办件已评价：一次服务只能评价一次（一次一评）", ServiceRating.Basis);
        }

        var rating = new ServiceRating(application, input.Window, input.Level, on, input.RealName,
            input.RealName && !string.IsNullOrWhiteSpace(input.Phone) ? protector.Protect(input.Phone.Trim()) : null, input.Comment);
        db.Add(rating);
        await db.SaveChangesAsync(ct);
        return rating;
    }

    /// <summary>The rating of one application, if it was rated (one per service).</summary>
    public async Task<ServiceRating?> OfApplicationAsync(Guid applicationId, CancellationToken ct) =>
        await db.Set<ServiceRating>().AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == applicationId, ct);

    public async Task<ServiceRating> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<ServiceRating>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("评价不存在");

    public async Task<ServiceRating> ActAsync(Guid id, string action, RatingActionInput input, CancellationToken ct)
    {
        var rating = await GetAsync(id, ct);
        var on = input.On ?? Today;
        if (on > Today)
        {
            throw new FieldValidationException("on", "办理日期不能晚于今天");
        }

        switch (action)
        {
            case "verify":
                // The rectification period in force on the day the rating was verified.
                var settings = await db.Set<ServiceSettings>().AsNoTracking().Where(s => s.RegionCode == rating.RegionCode && s.EffectiveFrom <= on)
                    .OrderByDescending(s => s.EffectiveFrom).FirstOrDefaultAsync(ct);
                rating.Verify(on, input.Result ?? throw new FieldValidationException("result", "请选择核实结论"),
                    settings?.RectifyWorkingDays ?? ServiceSettings.DefaultRectifyDays, await calendars.GetAsync(ct));
                break;
            case "rectify":
                rating.Rectify(on, input.Note ?? "");
                break;
            case "call_back":
                rating.CallBack(on, input.Note ?? "");
                break;
            case "appeal":
                rating.Appeal(on, input.Note ?? "");
                break;
            case "decide_appeal":
                rating.DecideAppeal(on, input.Outcome ?? throw new FieldValidationException("outcome", "请选择复核结果"));
                break;
            default:
                throw new RecordNotFoundException("没有这个办理环节");
        }

        await db.SaveChangesAsync(ct);
        return rating;
    }

    public async Task<Paged<ServiceRating>> ListAsync(RatingFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<ServiceRating>().AsQueryable();
        if (filter.Bad is "1" or "true")
        {
            query = query.Where(r => r.Level <= RatingLevel.Dissatisfied);
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var d = filter.Department.Trim();
            query = query.Where(r => r.Department == d);
        }

        if (!string.IsNullOrWhiteSpace(filter.Month))
        {
            if (ParseMonth(filter.Month) is { } m)
            {
                var (from, to) = (m, m.AddMonths(1));
                query = query.Where(r => r.RatedOn >= from && r.RatedOn < to);
            }
            else
            {
                errors["month"] = ["月份格式应为 yyyy-MM"];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        query = filter.Sort switch
        {
            "level" => query.OrderBy(r => r.Level).ThenByDescending(r => r.RatedOn),
            "rated" => query.OrderBy(r => r.RatedOn).ThenBy(r => r.Id),
            _ => query.OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id),
        };
        var total = await query.CountAsync(ct);
        return new Paged<ServiceRating>(await query.Skip((page - 1) * size).Take(size).AsNoTracking().ToListAsync(ct), page, size, total);
    }

    /// <summary>Windows or departments of the user's town ranked by 好评率 for a month (one GROUP BY).</summary>
    public async Task<IReadOnlyList<RankRow>> RankAsync(string region, int year, int month, bool byDepartment, CancellationToken ct)
    {
        var (from, to) = Month(year, month);
        var ratings = db.Set<ServiceRating>().AsNoTracking()
            .Where(r => r.RegionCode == region && r.Counts && r.RatedOn >= from && r.RatedOn < to);
        if (!byDepartment)
        {
            ratings = ratings.Where(r => r.WindowNumber != null);
        }

        Expression<Func<ServiceRating, string>> key = byDepartment ? r => r.Department : r => r.WindowNumber!.Value.ToString();
        var rows = await ratings.GroupBy(key).Select(g => new Tally(g.Key, g.Count(), g.Count(r => r.Level >= RatingLevel.Satisfied), 0)).ToListAsync(ct);
        var basic = await BasicCountedAsGoodAsync(db.Set<ServiceSettings>().Where(s => s.RegionCode == region), ratings, from, to, key, ct);
        return Ranked(rows.Select(t => (t.Key, byDepartment ? t.Key : $"{t.Key}号窗口", t.Ratings, t.Good + basic.GetValueOrDefault(t.Key))));
    }

    /// <summary>
    /// The city league of a month: every town of the city ranked by 好评率. Computed over the whole city (aggregates only, no
    /// row leaves), then cut to what the user may see: a city or supervising user (scope above a town) sees the table,
    /// a town user only its own rank and score.
    /// </summary>
    public async Task<CityLeague> CityLeagueAsync(string userRegion, int year, int month, CancellationToken ct)
    {
        var region = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == userRegion, ct) ?? throw new RecordNotFoundException("区划不存在");
        var city = region.Level == RegionLevel.Town ? await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == region.ParentCode, ct) : region;
        if (city is null || city.Level is not (RegionLevel.City or RegionLevel.County))
        {
            throw new DomainRuleException("只有镇街和其上级市（县）可以查看镇街排名");
        }

        var towns = await db.Set<Region>().AsNoTracking().Where(r => r.ParentCode == city.Code && r.Level == RegionLevel.Town).ToListAsync(ct);
        var (from, to) = Month(year, month);
        var league = await LeagueAsync(db, towns, from, to, ct);
        var whole = region.Level != RegionLevel.Town;
        return new CityLeague(city.Code, city.Name, year, month, towns.Count, whole ? league : league.Where(r => r.Key == region.Code).ToList(), whole);
    }

    /// <summary>The towns ranked by 好评率 over [from, to).</summary>
    public static async Task<List<RankRow>> LeagueAsync(AppDbContext db, IReadOnlyList<Region> towns, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var codes = towns.Select(t => t.Code).ToList();
        var prefix = codes.Count == 0 ? "" : codes[0][..6];
        // The league reads other towns' aggregates: a town user's filter would hide them, so the query states its own bound.
        var tallies = await db.Set<ServiceRating>().IgnoreQueryFilters().AsNoTracking()
            .InSubtree(prefix).Where(r => codes.Contains(r.RegionCode) && r.Counts && r.RatedOn >= from && r.RatedOn < to)
            .GroupBy(r => r.RegionCode)
            .Select(g => new Tally(g.Key, g.Count(), g.Count(r => r.Level >= RatingLevel.Satisfied), 0))
            .ToListAsync(ct);
        var basic = await BasicCountedAsGoodAsync(db.Set<ServiceSettings>().IgnoreQueryFilters().Where(s => codes.Contains(s.RegionCode)),
            db.Set<ServiceRating>().IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.RegionCode) && r.Counts), from, to, r => r.RegionCode, ct);
        return Ranked(towns.Select(t =>
        {
            var tally = tallies.FirstOrDefault(x => x.Key == t.Code) ?? new Tally(t.Code, 0, 0, 0);
            return (t.Code, t.Name, tally.Ratings, tally.Good + basic.GetValueOrDefault(t.Code));
        }));
    }

    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// The 基本满意 ratings of [from, to) that count as good, by <paramref name="key"/>: those rated while their town's
    /// settings in force said so (a changed 好评口径 does not re-judge the months before it). One grouped query per period
    /// in which a town counted them.
    /// </summary>
    public static async Task<Dictionary<string, int>> BasicCountedAsGoodAsync(IQueryable<ServiceSettings> settingsOfTowns, IQueryable<ServiceRating> ratings,
        DateOnly from, DateOnly to, Expression<Func<ServiceRating, string>> key, CancellationToken ct)
    {
        var settings = await settingsOfTowns.AsNoTracking().ToListAsync(ct);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var region in settings.Where(s => s.BasicCountsAsGood).Select(s => s.RegionCode).Distinct())
        {
            foreach (var (a, b, _) in ServiceSettings.Periods(settings, region, from, to).Where(p => p.Settings.BasicCountsAsGood))
            {
                var counts = await ratings.Where(r => r.RegionCode == region && r.Level == RatingLevel.Basic && r.RatedOn >= a && r.RatedOn < b)
                    .GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                foreach (var c in counts)
                {
                    result[c.Key] = result.GetValueOrDefault(c.Key) + c.Count;
                }
            }
        }

        return result;
    }

    private static (DateOnly From, DateOnly To) Month(int year, int month)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            throw new FieldValidationException("month", "月份不正确");
        }

        var from = new DateOnly(year, month, 1);
        return (from, from.AddMonths(1));
    }

    /// <summary>Score = 好评率 (%) to two decimals; units without ratings rank last; ties share a rank.</summary>
    private static List<RankRow> Ranked(IEnumerable<(string Key, string Name, int Ratings, int Good)> units)
    {
        var scored = units.Select(u => (u.Key, u.Name, u.Ratings, u.Good, Score: u.Ratings == 0 ? 0m : Math.Round(100m * u.Good / u.Ratings, 2)))
            .OrderByDescending(u => u.Ratings > 0).ThenByDescending(u => u.Score).ThenByDescending(u => u.Ratings).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
        var rows = new List<RankRow>();
        for (var i = 0; i < scored.Count; i++)
        {
            var u = scored[i];
            var rank = i > 0 && scored[i - 1].Score == u.Score && (scored[i - 1].Ratings > 0) == (u.Ratings > 0) ? rows[i - 1].Rank : i + 1;
            rows.Add(new RankRow(rank, u.Key, u.Name, u.Ratings, u.Good, u.Score));
        }

        return rows;
    }

    private sealed record Tally(string Key, int Ratings, int Good, int Basic);
}
