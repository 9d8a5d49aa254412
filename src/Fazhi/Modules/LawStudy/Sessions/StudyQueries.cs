using System.Globalization;

using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>One session as the list, the API and the ledger show it.</summary>
public sealed record SessionItem(Guid Id, string RegionCode, string Kind, string KindName, DateOnly HeldOn, string Topic, string? Presenter,
    int Expected, int Attended, string? Absentees, string? Court, string? CaseNumber, Guid? PlanItemId, string? PlanItem, IReadOnlyList<string> Regulations);

/// <summary>A ledger row: exported, and (the columns with a parser) read back as a 学法活动.</summary>
public sealed class SessionLedgerRow
{
    public int Number { get; set; }

    public SessionItem? Item { get; set; }

    public string? Kind { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Topic { get; set; }

    public string? Presenter { get; set; }

    public int? Expected { get; set; }

    public int? Attended { get; set; }

    public string? Absentees { get; set; }

    public string? Court { get; set; }

    public string? CaseNumber { get; set; }

    public List<string> Regulations { get; set; } = [];

    public SessionInput Input() => new()
    {
        Kind = Kind,
        HeldOn = HeldOn,
        Topic = Topic,
        Presenter = Presenter,
        Expected = Expected,
        Attended = Attended,
        Absentees = Absentees,
        Court = Court,
        CaseNumber = CaseNumber,
        Regulations = Regulations,
    };
}

/// <summary>A plan with each item and the sessions that carried it out.</summary>
public sealed record PlanView(StudyPlan Plan, IReadOnlyList<PlanItemView> Items);

public sealed record PlanItemView(StudyPlanItem Item, IReadOnlyList<(Guid Id, DateOnly HeldOn)> Sessions, bool Due)
{
    public bool Done => Sessions.Count > 0;
}

/// <summary>The year at a glance: the figures of the list page, and the theory group's yearly minimum.</summary>
public sealed record YearSummary(int Year, int LeaderSessions, int TheoryGroupSessions, int Regulations, int Attendance, int CourtObservations, int Minimum)
{
    public bool BelowMinimum => TheoryGroupSessions < Minimum;
}

/// <summary>Lists, details, the session ledger (export and import, one layout) and the plans and exams of leaders' law study.</summary>
public sealed class StudyQueries(AppDbContext db, StudyUseCases uses, TimeProvider time, IOptions<LawStudyOptions> options)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = "学法形式",
        ["heldOn"] = "学习日期",
        ["topic"] = "学习主题",
        ["presenter"] = "主讲人",
        ["expected"] = "应到人数",
        ["attended"] = "实到人数",
        ["absentees"] = "缺席人员及原因",
        ["court"] = "审理法院",
        ["caseNumber"] = "旁听案件案号",
        ["regulations"] = "学习法规政策",
        ["planItemId"] = "专题学习安排事项",
    };

    public static readonly LedgerLayout<SessionLedgerRow> Layout = new("领导干部学法台账",
    [
        new("序号", r => r.Number),
        new("学法形式", r => r.Item?.KindName, (r, v) => DisplayNames.Parse<StudyKind>(v) is null ? $"学法形式“{v}”不正确（应为{string.Join("、", Enum.GetValues<StudyKind>().Select(k => DisplayNames.Of(k)))}之一）" : Cells.Accept(() => r.Kind = v), Required: true),
        new("学习日期", r => r.Item?.HeldOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.HeldOn = d), Required: true),
        new("学习主题", r => r.Item?.Topic, (r, v) => Cells.Accept(() => r.Topic = v), Required: true),
        new("主讲人", r => r.Item?.Presenter, (r, v) => Cells.Accept(() => r.Presenter = v)),
        new("应到人数", r => r.Item?.Expected, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Expected = n), Required: true),
        new("实到人数", r => r.Item?.Attended, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Attended = n), Required: true),
        new("缺席人员及原因", r => r.Item?.Absentees, (r, v) => Cells.Accept(() => r.Absentees = v)),
        new("审理法院", r => r.Item?.Court, (r, v) => Cells.Accept(() => r.Court = v)),
        new("旁听案件案号", r => r.Item?.CaseNumber, (r, v) => Cells.Accept(() => r.CaseNumber = v)),
        new("学习法规政策", r => r.Item is null ? null : string.Join("；", r.Item.Regulations), (r, v) => Cells.Accept(() => r.Regulations = SplitTitles(v))),
        new("专题学习安排事项", r => r.Item?.PlanItem),
    ]);

    public static string HeaderOf(string field) => Headers.GetValueOrDefault(field, field);

    /// <summary>法规政策名称 separated by ；, ;, 、 between 》《, or line breaks.</summary>
    public static List<string> SplitTitles(string? text) =>
        (text ?? "").Replace("》、《", "》；《", StringComparison.Ordinal)
            .Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public async Task<Paged<SessionItem>> PageAsync(SessionFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var sessions = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<SessionItem>(await ItemsAsync(sessions, ct), page, size, total);
    }

    public async Task<byte[]> ExportAsync(SessionFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var sessions = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        var items = await ItemsAsync(sessions, ct);
        return await Ledgers.ExportXlsxAsync(Layout, items.Select((s, i) => new SessionLedgerRow { Number = i + 1, Item = s }), ct);
    }

    /// <summary>Imports a ledger: every bad row is reported (row, column, reason in Chinese) and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => uses.AddSessionAsync(value.Input(), actor, ct), key => HeaderOf(key), ct);
    }

    public async Task<SessionItem> DetailsAsync(Guid id, CancellationToken ct)
    {
        var session = await db.Set<StudySession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new RecordNotFoundException("学法活动不存在");
        return (await ItemsAsync([session], ct))[0];
    }

    public async Task<YearSummary> SummaryAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var sessions = await db.Set<StudySession>().AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn < to)
            .Select(s => new { s.Id, s.Kind, s.Attended }).ToListAsync(ct);
        var ids = sessions.Where(s => StudySession.LeadersKinds.Contains(s.Kind)).Select(s => s.Id).ToList();
        var regulations = await db.Set<StudiedRegulation>().AsNoTracking().Where(r => ids.Contains(r.SessionId))
            .Select(r => r.NormalizedTitle).Distinct().CountAsync(ct);
        return new YearSummary(year,
            sessions.Count(s => StudySession.LeadersKinds.Contains(s.Kind)),
            sessions.Count(s => s.Kind == StudyKind.TheoryGroup), regulations, sessions.Sum(s => s.Attended),
            sessions.Count(s => s.Kind == StudyKind.CourtObservation), options.Value.TheoryGroupSessionsPerYear);
    }

    public async Task<IReadOnlyList<PlanView>> PlansAsync(CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var plans = await db.Set<StudyPlan>().AsNoTracking().Include(p => p.Items).OrderByDescending(p => p.Year).Take(20).ToListAsync(ct);
        var itemIds = plans.SelectMany(p => p.Items).Select(i => i.Id).ToList();
        var sessions = await db.Set<StudySession>().AsNoTracking().Where(s => s.PlanItemId != null && itemIds.Contains(s.PlanItemId.Value))
            .Select(s => new { s.Id, s.HeldOn, Item = s.PlanItemId!.Value }).ToListAsync(ct);
        return plans.Select(p => new PlanView(p, p.Items.OrderBy(i => i.Number).Select(i => new PlanItemView(i,
                sessions.Where(s => s.Item == i.Id).OrderBy(s => s.HeldOn).Select(s => (s.Id, s.HeldOn)).ToList(),
                new DateOnly(p.Year, i.Month, 1).AddMonths(1) <= today)).ToList()))
            .ToList();
    }

    /// <summary>The plan items a session may carry out (this year's and last year's plans), labelled for a select.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Label)>> PlanItemChoicesAsync(CancellationToken ct)
    {
        var year = LegalDate.Today(time).Year;
        var rows = await (from i in db.Set<StudyPlanItem>().AsNoTracking()
                          join p in db.Set<StudyPlan>().AsNoTracking() on i.PlanId equals p.Id
                          where p.Year >= year - 1
                          orderby p.Year descending, i.Number
                          select new { i.Id, p.Year, i.Month, i.Topic }).ToListAsync(ct);
        return rows.Select(r => (r.Id, $"{r.Year}年{r.Month}月：{r.Topic}")).ToList();
    }

    public async Task<Paged<LawExam>> ExamsAsync(string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, null, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return await db.Set<LawExam>().AsNoTracking().OrderByDescending(e => e.HeldOn).ThenBy(e => e.Id).ToPagedAsync(number, size, ct);
    }

    private (IQueryable<StudySession> Query, int Page, int Size) Build(SessionFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<StudySession>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(s => s.Topic.Contains(q) || (s.Presenter != null && s.Presenter.Contains(q)) || s.Regulations.Any(r => r.Title.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (DisplayNames.Parse<StudyKind>(filter.Kind) is { } kind)
            {
                query = query.Where(s => s.Kind == kind);
            }
            else
            {
                errors["kind"] = ["学法形式不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
                query = query.Where(s => s.HeldOn >= from && s.HeldOn < to);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        var sort = filter.Sort?.Trim() ?? "-held";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "held" => descending ? query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id) : query.OrderBy(s => s.HeldOn).ThenBy(s => s.Id),
            "topic" => descending ? query.OrderByDescending(s => s.Topic).ThenBy(s => s.Id) : query.OrderBy(s => s.Topic).ThenBy(s => s.Id),
            "kind" => descending ? query.OrderByDescending(s => s.Kind).ThenBy(s => s.HeldOn) : query.OrderBy(s => s.Kind).ThenBy(s => s.HeldOn),
            _ => Invalid(query, errors),
        };
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return (query, page, size);
    }

    private static IQueryable<StudySession> Invalid(IQueryable<StudySession> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 held（学习日期）、topic（学习主题）或 kind（学法形式），前加“-”为倒序"];
        return query;
    }

    private async Task<List<SessionItem>> ItemsAsync(IReadOnlyList<StudySession> sessions, CancellationToken ct)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var regulations = (await db.Set<StudiedRegulation>().AsNoTracking().Where(r => ids.Contains(r.SessionId)).OrderBy(r => r.Number).ToListAsync(ct))
            .ToLookup(r => r.SessionId, r => r.Title);
        var itemIds = sessions.Where(s => s.PlanItemId != null).Select(s => s.PlanItemId!.Value).Distinct().ToList();
        var items = await db.Set<StudyPlanItem>().AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => $"{i.Month}月：{i.Topic}", ct);
        return sessions.Select(s => new SessionItem(s.Id, s.RegionCode, s.Kind.ToString(), DisplayNames.Of(s.Kind), s.HeldOn, s.Topic, s.Presenter, s.Expected,
            s.Attended, s.Absentees, s.Court, s.CaseNumber, s.PlanItemId, s.PlanItemId is { } p ? items.GetValueOrDefault(p) : null, regulations[s.Id].ToList())).ToList();
    }

}
