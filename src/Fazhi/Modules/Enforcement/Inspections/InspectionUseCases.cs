using System.Globalization;
using System.Security.Claims;

using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Inspections;

public sealed record PlanInput(int? Year, string? Name, InspectionCategory? Category, InspectionPlanKind? Kind, string? Description);

public sealed record DrawInput(DateOnly? DrawnOn, int? Count, IReadOnlyList<string>? Candidates, int? Seed);

public sealed record InspectionInput(Guid? PlanId, DateOnly? InspectedOn, string? EntityName, string? EntityCode, InspectionCategory? Category,
    IReadOnlyList<Guid>? OfficerIds, InspectionResult? Result, string? Findings);

public sealed record ResultInput(DateOnly? InspectedOn, InspectionResult? Result, string? Findings);

public sealed record InspectionView(Guid Id, Guid? PlanId, Guid? DrawId, DateOnly PlannedOn, DateOnly? InspectedOn, string EntityName, string? EntityCode,
    string Category, Guid FirstOfficerId, Guid SecondOfficerId, string Officers, string Result, string ResultKey, string? Findings, Guid? CaseId, string? CaseNumber);

public sealed record DrawView(Guid Id, Guid PlanId, DateOnly DrawnOn, int Seed, int Count, IReadOnlyList<string> Candidates, IReadOnlyList<Guid> Roster,
    string DrawnBy, bool Reproduced, IReadOnlyList<InspectionView> Records);

/// <summary>检查计划、双随机抽查、检查记录 and the clue they open.</summary>
public sealed class Inspections(AppDbContext db, RegisterClue registerClue, TimeProvider time)
{
    public sealed record Filter(InspectionCategory? Category, InspectionResult? Result, int? Year, string? Q, Guid? PlanId, string? Sort, int? Page, int? PageSize);

    public async Task<InspectionPlan> AddPlanAsync(PlanInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = new InspectionPlan(Region(user), input.Year ?? 0, input.Name ?? "", input.Category ?? 0, input.Kind ?? 0, input.Description);
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>双随机抽查: draws the entities and two certified officers for each, and creates the pending inspection records.</summary>
    public async Task<InspectionDraw> DrawAsync(Guid planId, DrawInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await db.Set<InspectionPlan>().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new RecordNotFoundException("检查计划不存在");
        var on = Day(input.DrawnOn, "drawnOn");
        var candidates = (input.Candidates ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (candidates.Count == 0)
        {
            throw new FieldValidationException("candidates", "请填写检查对象名录（每行一个）");
        }

        if (candidates.Count > 10_000 || candidates.Any(c => c.Length > 200))
        {
            throw new FieldValidationException("candidates", "检查对象名录最多10000个，每个名称不超过200字");
        }

        var roster = await CertifiedOnAsync(on, ct);
        // A fresh seed unless one is given (to redo a draw in front of witnesses); it is stored either way.
        var seed = input.Seed ?? (int)(time.GetUtcNow().ToUnixTimeMilliseconds() % int.MaxValue);
        var picks = DoubleRandom.Draw(seed, candidates, roster.Select(o => o.Id).ToList(), input.Count ?? 0);
        var draw = new InspectionDraw(plan, on, seed, candidates, roster.Select(o => o.Id).ToList(), picks.Count, user.Identity?.Name ?? "");
        var officers = roster.ToDictionary(o => o.Id);
        db.Add(draw);
        db.AddRange(picks.Select(p => new InspectionRecord(plan.RegionCode, plan.Id, draw.Id, on, p.Entity, null, plan.Category, officers[p.FirstOfficer], officers[p.SecondOfficer])));
        await db.SaveChangesAsync(ct);
        return draw;
    }

    /// <summary>Officers certified on the day, in certificate-number order (the roster a draw uses).</summary>
    public async Task<List<Officer>> CertifiedOnAsync(DateOnly on, CancellationToken ct) =>
        (await db.Set<Officer>().Where(o => o.Active && o.ValidFrom <= on && o.ValidTo >= on).ToListAsync(ct))
        .OrderBy(o => o.CertificateNumber, StringComparer.Ordinal).ToList();

    public async Task<InspectionRecord> AddAsync(InspectionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var on = Day(input.InspectedOn, "inspectedOn");
        if (input.PlanId is { } planId && !await db.Set<InspectionPlan>().AnyAsync(p => p.Id == planId, ct))
        {
            throw new FieldValidationException("planId", "检查计划不存在");
        }

        var (first, second) = await TwoCertifiedAsync(input.OfficerIds ?? [], on, ct);
        var record = new InspectionRecord(Region(user), input.PlanId, null, on, input.EntityName ?? "", input.EntityCode, input.Category ?? 0, first, second);
        record.RecordResult(on, input.Result ?? InspectionResult.Pending, input.Findings);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task RecordResultAsync(Guid id, ResultInput input, CancellationToken ct)
    {
        var record = await LoadAsync(id, ct);
        var on = Day(input.InspectedOn, "inspectedOn");
        var officers = await db.Set<Officer>().Where(o => o.Id == record.FirstOfficerId || o.Id == record.SecondOfficerId).ToListAsync(ct);
        if (officers.Count(o => o.HasValidCertificateOn(on)) < 2)
        {
            throw new DomainRuleException($"检查人员在{on:yyyy-MM-dd}未都持有有效的行政执法证，不得实施检查", Articles.Officers);
        }

        record.RecordResult(on, input.Result ?? InspectionResult.Pending, input.Findings);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>一键登记案件线索: the finding becomes a case in the 线索 state (through 线索登记), linked both ways.</summary>
    public async Task<EnforcementCase> OpenClueAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await LoadAsync(id, ct);
        record.CheckOpenable();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await registerClue.ExecuteAsync(new ClueInput(
            $"{record.EntityName}{ReadCases.Name(record.Category)}检查发现的违法行为", null, InspectionRecord.DomainOf(record.Category),
            PartyKind.Organisation, record.EntityName, record.EntityCode, ClueSource.Inspection,
            $"{record.InspectedOn:yyyy-MM-dd}检查（{record.OfficerNames}）发现：{record.Findings}", record.InspectedOn), user, ct);
        record.Opened(c.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return c;
    }

    public async Task<(Officer, Officer)> TwoCertifiedAsync(IReadOnlyList<Guid> ids, DateOnly on, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count != 2)
        {
            throw new FieldValidationException("officerIds", "请选择两名执法人员");
        }

        var officers = await db.Set<Officer>().Where(o => distinct.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != 2)
        {
            throw new FieldValidationException("officerIds", "所选执法人员不存在");
        }

        var invalid = officers.Where(o => !o.HasValidCertificateOn(on)).ToList();
        if (invalid.Count > 0)
        {
            throw new DomainRuleException($"{string.Join("、", invalid.Select(o => o.Name))}在{on:yyyy-MM-dd}未持有有效的行政执法证，不得实施检查", Articles.Officers);
        }

        return (officers.Single(o => o.Id == distinct[0]), officers.Single(o => o.Id == distinct[1]));
    }

    public async Task<Paged<InspectionView>> ListAsync(Filter f, CancellationToken ct)
    {
        var query = db.Set<InspectionRecord>().AsNoTracking();
        if (f.Category is { } category)
        {
            query = query.Where(r => r.Category == category);
        }

        if (f.Result is { } result)
        {
            query = query.Where(r => r.Result == result);
        }

        if (f.PlanId is { } planId)
        {
            query = query.Where(r => r.PlanId == planId);
        }

        if (f.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var end = first.AddYears(1);
            query = query.Where(r => r.PlannedOn >= first && r.PlannedOn < end);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(r => r.EntityName.Contains(q) || (r.Findings != null && r.Findings.Contains(q)));
        }

        query = f.Sort switch
        {
            "date" => query.OrderBy(r => r.PlannedOn).ThenBy(r => r.Id),
            "entity" => query.OrderBy(r => r.EntityName).ThenBy(r => r.Id),
            _ => query.OrderByDescending(r => r.PlannedOn).ThenByDescending(r => r.Id),
        };
        var page = await query.ToPagedAsync(f.Page, f.PageSize, ct);
        return page.With(await ViewsAsync(page.Items, ct));
    }

    public async Task<InspectionView> DetailAsync(Guid id, CancellationToken ct)
    {
        var record = await db.Set<InspectionRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("检查记录不存在");
        return (await ViewsAsync([record], ct))[0];
    }

    /// <summary>The inspections a case was opened from (shown on the case page).</summary>
    public async Task<IReadOnlyList<InspectionView>> ForCaseAsync(Guid caseId, CancellationToken ct) =>
        await ViewsAsync(await db.Set<InspectionRecord>().AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct), ct);

    public async Task<DrawView> DrawDetailAsync(Guid id, CancellationToken ct)
    {
        var draw = await db.Set<InspectionDraw>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("抽查记录不存在");
        var records = await db.Set<InspectionRecord>().AsNoTracking().Where(r => r.DrawId == id).OrderBy(r => r.Id).ToListAsync(ct);
        var redrawn = DoubleRandom.Draw(draw.Seed, draw.Candidates, draw.Roster, draw.Count);
        // Drawn entities are distinct: match each record to its pick by entity, and list the records in draw order.
        var byEntity = records.ToDictionary(r => r.EntityName, StringComparer.Ordinal);
        var reproduced = redrawn.Count == records.Count
            && redrawn.All(p => byEntity.TryGetValue(p.Entity, out var r) && p.FirstOfficer == r.FirstOfficerId && p.SecondOfficer == r.SecondOfficerId);
        if (reproduced)
        {
            records = redrawn.Select(p => byEntity[p.Entity]).ToList();
        }

        return new DrawView(draw.Id, draw.PlanId, draw.DrawnOn, draw.Seed, draw.Count, draw.Candidates, draw.Roster, draw.DrawnBy, reproduced, await ViewsAsync(records, ct));
    }

    private async Task<List<InspectionView>> ViewsAsync(IReadOnlyList<InspectionRecord> records, CancellationToken ct)
    {
        var caseIds = records.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).ToList();
        var numbers = caseIds.Count == 0 ? [] : await db.Set<EnforcementCase>().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber ?? c.Title, ct);
        return records.Select(r => new InspectionView(r.Id, r.PlanId, r.DrawId, r.PlannedOn, r.InspectedOn, r.EntityName, r.EntityCode, ReadCases.Name(r.Category),
            r.FirstOfficerId, r.SecondOfficerId, r.OfficerNames, ReadCases.Name(r.Result), r.Result.ToString(), r.Findings, r.CaseId, r.CaseId is { } id ? numbers.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>Imports inspection records: every bad row reported, nothing stored unless all rows are good.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(InspectionLedger.Layout, file, fileName, ct);
        var region = Region(user);
        var officers = (await db.Set<Officer>().ToListAsync(ct)).ToDictionary(o => o.CertificateNumber, StringComparer.Ordinal);
        var errors = new List<LedgerRowError>();
        var records = new List<InspectionRecord>();
        foreach (var (row, value) in import.Rows)
        {
            var pair = new List<Officer>();
            foreach (var (header, number) in new[] { ("执法人员1执法证号", value.FirstCertificate), ("执法人员2执法证号", value.SecondCertificate) })
            {
                if (number is null || !officers.TryGetValue(number, out var officer))
                {
                    errors.Add(new LedgerRowError(row, header, "执法人员名册中没有该执法证号"));
                }
                else if (!officer.HasValidCertificateOn(value.On))
                {
                    errors.Add(new LedgerRowError(row, header, $"{officer.Name}在{value.On:yyyy-MM-dd}未持有有效的行政执法证"));
                }
                else
                {
                    pair.Add(officer);
                }
            }

            if (pair.Count < 2)
            {
                continue;
            }

            try
            {
                var record = new InspectionRecord(region, null, null, value.On, value.Entity ?? "", value.Code, value.Category, pair[0], pair[1]);
                record.RecordResult(value.On, value.Result, value.Findings);
                records.Add(record);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(x => x.Value).Select(m => new LedgerRowError(row, "检查结果", m)));
            }
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        db.AddRange(records);
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    private async Task<InspectionRecord> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<InspectionRecord>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("检查记录不存在");

    private DateOnly Day(DateOnly? on, string field)
    {
        var today = LegalDate.Today(time);
        var day = on ?? today;
        return day > today ? throw new FieldValidationException(field, "日期不能晚于今天") : day;
    }

    internal static string Region(ClaimsPrincipal user) =>
        user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);
}

/// <summary>检查记录台账 row (export and import share the layout).</summary>
public sealed class InspectionLedgerRow
{
    public DateOnly On { get; set; }
    public string? Entity { get; set; }
    public string? Code { get; set; }
    public InspectionCategory Category { get; set; }
    public string? FirstCertificate { get; set; }
    public string? SecondCertificate { get; set; }
    public string? Officers { get; set; }
    public InspectionResult Result { get; set; }
    public string? Findings { get; set; }
    public string? CaseNumber { get; set; }
}

public static class InspectionLedger
{
    public static readonly LedgerLayout<InspectionLedgerRow> Layout = new("检查记录台账",
    [
        new("检查日期", r => r.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (r, t) => { var e = Cells.Date(t, out var d); r.On = d; return e; }, Required: true),
        new("被检查对象", r => r.Entity, (r, t) => { r.Entity = t; return t.Length > 200 ? "不能超过200个字" : null; }, Required: true),
        new("统一社会信用代码", r => r.Code, (r, t) => { r.Code = t; return null; }),
        new("检查类别", r => ReadCases.Name(r.Category), (r, t) => Parse<InspectionCategory>(t, v => r.Category = v, "检查类别"), Required: true),
        new("执法人员1执法证号", r => r.FirstCertificate, (r, t) => { r.FirstCertificate = t; return null; }, Required: true),
        new("执法人员2执法证号", r => r.SecondCertificate, (r, t) => { r.SecondCertificate = t; return null; }, Required: true),
        new("执法人员", r => r.Officers),
        new("检查结果", r => ReadCases.Name(r.Result), (r, t) => Parse<InspectionResult>(t, v => r.Result = v, "检查结果"), Required: true),
        new("发现问题", r => r.Findings, (r, t) => { r.Findings = t; return null; }),
        new("案号", r => r.CaseNumber),
    ]);

    private static string? Parse<T>(string text, Action<T> set, string what)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (ReadCases.Name(value) == text.Trim())
            {
                set(value);
                return null;
            }
        }

        return $"{what}“{text}”不正确，应为：{string.Join("、", Enum.GetValues<T>().Select(v => ReadCases.Name(v)))}";
    }

    public static InspectionLedgerRow Row(InspectionView v, IReadOnlyDictionary<Guid, string> certificates) => new()
    {
        On = v.InspectedOn ?? v.PlannedOn,
        Entity = v.EntityName,
        Code = v.EntityCode,
        Category = Enum.GetValues<InspectionCategory>().First(c => ReadCases.Name(c) == v.Category),
        FirstCertificate = certificates.GetValueOrDefault(v.FirstOfficerId),
        SecondCertificate = certificates.GetValueOrDefault(v.SecondOfficerId),
        Officers = v.Officers,
        Result = Enum.Parse<InspectionResult>(v.ResultKey),
        Findings = v.Findings,
        CaseNumber = v.CaseNumber,
    };
}
