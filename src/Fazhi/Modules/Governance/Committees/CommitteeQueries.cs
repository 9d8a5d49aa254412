using System.Globalization;

using Fazhi.Modules.Governance.Domain;
using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>One meeting as the list, the API and the ledger show it: 第N次会议 computed from the body's meetings.</summary>
public sealed record MeetingItem(Guid Id, Guid BodyId, string Body, string BodyKind, int Ordinal, string OrdinalName, DateOnly HeldOn, string? Place,
    string Chair, int Attendees, IReadOnlyList<string> Agenda, string? Minutes, int Decisions)
{
    /// <summary>常平镇全面依法治镇委员会第四次会议.</summary>
    public string Title => Body + OrdinalName;
}

/// <summary>A decision with how its supervised task stands.</summary>
public sealed record DecisionItem(Guid Id, int Number, string Text, string LeadUnit, string? CoUnits, DateOnly Deadline, Guid? TaskId, string TaskStatus,
    bool Overdue, DateOnly? ClosedOn);

public sealed record MeetingDetails(MeetingItem Meeting, IReadOnlyList<DecisionItem> Decisions);

public sealed record MemberItem(Guid Id, string Name, string Post, string Role, DateOnly From, DateOnly? To);

public sealed record BodyItem(Guid Id, string Kind, string KindName, string Name, DateOnly? EstablishedOn, int MeetingsBeforeFazhi, int MeetingsRecorded,
    IReadOnlyList<MemberItem> Members);

/// <summary>A meeting ledger row: exported, and (the columns with a parser) read back as a meeting without decisions.</summary>
public sealed class MeetingLedgerRow
{
    public int Number { get; set; }

    public MeetingItem? Item { get; set; }

    public string? Body { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Place { get; set; }

    public string? Chair { get; set; }

    public int? Attendees { get; set; }

    public List<string> Agenda { get; set; } = [];

    public string? Minutes { get; set; }

    public MeetingInput Input() => new() { BodyName = Body, HeldOn = HeldOn, Place = Place, Chair = Chair, Attendees = Attendees, Agenda = Agenda, Minutes = Minutes };
}

/// <summary>Lists, details and the meeting ledger (export and import, one layout) of the committee, its office and groups.</summary>
public sealed class CommitteeQueries(AppDbContext db, CommitteeUseCases uses, ISupervisedTasks tasks)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bodyId"] = "议事机构",
        ["heldOn"] = "会议日期",
        ["place"] = "会议地点",
        ["chair"] = "主持人",
        ["attendees"] = "出席人数",
        ["agenda"] = "会议议题",
        ["minutes"] = "会议纪要",
    };

    public static readonly LedgerLayout<MeetingLedgerRow> Layout = new("依法治镇委员会会议台账",
    [
        new("序号", r => r.Number),
        new("议事机构", r => r.Item?.Body, (r, v) => Cells.Accept(() => r.Body = v), Required: true),
        new("会议次序", r => r.Item?.OrdinalName),
        new("会议日期", r => r.Item?.HeldOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.HeldOn = d), Required: true),
        new("会议地点", r => r.Item?.Place, (r, v) => Cells.Accept(() => r.Place = v)),
        new("主持人", r => r.Item?.Chair, (r, v) => Cells.Accept(() => r.Chair = v), Required: true),
        new("出席人数", r => r.Item?.Attendees, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Attendees = n), Required: true),
        new("会议议题", r => r.Item is null ? null : string.Join("；", r.Item.Agenda), (r, v) => Cells.Accept(() => r.Agenda = Fields.Split(v)), Required: true),
        new("会议纪要", r => r.Item?.Minutes, (r, v) => Cells.Accept(() => r.Minutes = v)),
        new("议定事项数", r => r.Item?.Decisions),
    ]);

    public static string HeaderOf(string field) => Headers.GetValueOrDefault(field, field);

    public async Task<Paged<MeetingItem>> PageAsync(MeetingFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var meetings = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<MeetingItem>(await ItemsAsync(meetings, ct), page, size, total);
    }

    public async Task<byte[]> ExportAsync(MeetingFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var items = await ItemsAsync(await query.Take(Ledgers.MaxRows).ToListAsync(ct), ct);
        return await Ledgers.ExportXlsxAsync(Layout, items.Select((m, i) => new MeetingLedgerRow { Number = i + 1, Item = m }), ct);
    }

    /// <summary>Imports a ledger of meetings: every bad row is reported in Chinese and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => uses.AddMeetingAsync(value.Input(), actor, ct), key => HeaderOf(key), ct);
    }

    public async Task<MeetingDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new RecordNotFoundException("会议不存在");
        var item = (await ItemsAsync([meeting], ct))[0];
        var decisions = await db.Set<Decision>().AsNoTracking().Where(d => d.MeetingId == id).OrderBy(d => d.Number).ToListAsync(ct);
        var rows = new List<DecisionItem>();
        foreach (var d in decisions)
        {
            var statuses = await tasks.StatusOfAsync(d.OriginKey, ct);
            var status = statuses.Count > 0 ? statuses[0] : null;
            rows.Add(new DecisionItem(d.Id, d.Number, d.Text, d.LeadUnit, d.CoUnits, d.Deadline, status?.TaskId ?? d.TaskId, status?.StatusName ?? "未交办",
                status?.Overdue ?? false, status?.ClosedOn));
        }

        return new MeetingDetails(item, rows);
    }

    public async Task<IReadOnlyList<BodyItem>> BodiesAsync(CancellationToken ct)
    {
        var bodies = await db.Set<CommitteeBody>().AsNoTracking().Include(b => b.Members).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        var counts = await db.Set<Meeting>().AsNoTracking().GroupBy(m => m.BodyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return bodies.Select(b => new BodyItem(b.Id, b.Kind.ToString(), DisplayNames.Of(b.Kind), b.Name, b.EstablishedOn, b.MeetingsBeforeFazhi, counts.GetValueOrDefault(b.Id),
            b.Members.OrderBy(m => m.Role).ThenBy(m => m.From).Select(m => new MemberItem(m.Id, m.Name, m.Post, DisplayNames.Of(m.Role), m.From, m.To)).ToList())).ToList();
    }

    public async Task<BodyItem> BodyAsync(Guid id, CancellationToken ct) =>
        (await BodiesAsync(ct)).FirstOrDefault(b => b.Id == id) ?? throw new RecordNotFoundException("议事机构不存在");

    /// <summary>
    /// 第N次会议 of each given meeting: the body's earlier-meetings offset plus the meeting's rank among the body's meetings by
    /// date (then by record order for two on one day).
    /// </summary>
    public async Task<Dictionary<Guid, int>> OrdinalsAsync(IReadOnlyCollection<Guid> bodyIds, CancellationToken ct)
    {
        var offsets = await db.Set<CommitteeBody>().AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.MeetingsBeforeFazhi, ct);
        var all = await db.Set<Meeting>().AsNoTracking().Where(m => bodyIds.Contains(m.BodyId)).Select(m => new { m.Id, m.BodyId, m.HeldOn }).ToListAsync(ct);
        return all.GroupBy(m => m.BodyId)
            .SelectMany(g => g.OrderBy(m => m.HeldOn).ThenBy(m => m.Id).Select((m, i) => (m.Id, Ordinal: offsets.GetValueOrDefault(g.Key) + i + 1)))
            .ToDictionary(x => x.Id, x => x.Ordinal);
    }

    private (IQueryable<Meeting> Query, int Page, int Size) Build(MeetingFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<Meeting>().AsNoTracking();
        var bodies = db.Set<CommitteeBody>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(m => m.Chair.Contains(q) || bodies.Any(b => b.Id == m.BodyId && b.Name.Contains(q))
                || m.Agenda.Any(a => a.Title.Contains(q)) || m.Decisions.Any(d => d.Text.Contains(q) || d.LeadUnit.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (DisplayNames.Parse<BodyKind>(filter.Kind) is { } kind)
            {
                query = query.Where(m => bodies.Any(b => b.Id == m.BodyId && b.Kind == kind));
            }
            else
            {
                errors["kind"] = [$"议事机构类别不正确（应为{Fields.Names<BodyKind>()}之一）"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
                query = query.Where(m => m.HeldOn >= from && m.HeldOn < to);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        var sort = string.IsNullOrWhiteSpace(filter.Sort) ? "-held" : filter.Sort.Trim();
        var descending = sort.StartsWith('-');
        switch (sort.TrimStart('-'))
        {
            case "held":
                query = descending ? query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id) : query.OrderBy(m => m.HeldOn).ThenBy(m => m.Id);
                break;
            case "body":
                var named = from m in query
                            join b in bodies on m.BodyId equals b.Id
                            select new { m, b.Name };
                query = (descending ? named.OrderByDescending(x => x.Name).ThenByDescending(x => x.m.HeldOn) : named.OrderBy(x => x.Name).ThenBy(x => x.m.HeldOn))
                    .Select(x => x.m);
                break;
            default:
                errors["sort"] = ["排序方式应为 held（会议日期）或 body（议事机构），前加“-”为倒序"];
                break;
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return (query, page, size);
    }

    private async Task<List<MeetingItem>> ItemsAsync(IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Set<CommitteeBody>().AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var ordinals = await OrdinalsAsync(bodyIds, ct);
        var agenda = (await db.Set<AgendaItem>().AsNoTracking().Where(a => ids.Contains(a.MeetingId)).OrderBy(a => a.Number).ToListAsync(ct))
            .ToLookup(a => a.MeetingId, a => a.Title);
        var decisions = (await db.Set<Decision>().AsNoTracking().Where(d => ids.Contains(d.MeetingId)).Select(d => d.MeetingId).ToListAsync(ct))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        return meetings.Select(m =>
        {
            var body = bodies[m.BodyId];
            var ordinal = ordinals.GetValueOrDefault(m.Id, body.MeetingsBeforeFazhi + 1);
            return new MeetingItem(m.Id, m.BodyId, body.Name, DisplayNames.Of(body.Kind), ordinal, ChineseNumerals.MeetingOrdinal(ordinal), m.HeldOn, m.Place,
                m.Chair, m.Attendees, agenda[m.Id].ToList(), m.Minutes, decisions.GetValueOrDefault(m.Id));
        }).ToList();
    }
}
