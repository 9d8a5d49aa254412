using System.Globalization;

using Fazhi.Modules.Governance.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Governance.Evaluations;

/// <summary>制定评估标准: the criteria and their weights (summing to 100).</summary>
public sealed record SchemeInput(string? Title, DateOnly? AdoptedOn, IReadOnlyList<CriterionInput>? Criteria);

public sealed record CriterionInput(string? Name, int? Weight);

/// <summary>One criterion's score, named as in the scheme.</summary>
public sealed record ScoreInput(string? Criterion, int? Score);

/// <summary>登记中层干部履职能力评估. Period is 上半年/下半年/年度 (or FirstHalf/SecondHalf/Annual).</summary>
public sealed record EvaluationInput
{
    public int? Year { get; init; }

    public string? Period { get; init; }

    public string? Department { get; init; }

    public string? Person { get; init; }

    public string? Post { get; init; }

    public DateOnly? EvaluatedOn { get; init; }

    public IReadOnlyList<ScoreInput>? Scores { get; init; }

    public string? FollowUp { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    public string? FollowUpNote { get; init; }
}

public sealed record EvaluationFilter
{
    /// <summary>检索词: 部门, 姓名 or 职务 contains it.</summary>
    public string? Q { get; init; }

    public string? Year { get; init; }

    public string? Period { get; init; }

    public string? Grade { get; init; }

    /// <summary>evaluated | total | department (default: evaluated, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

public sealed record EvaluationItem(Guid Id, string Period, int Year, string PeriodKind, string Department, string Person, string Post, DateOnly EvaluatedOn,
    decimal Total, string Grade, string? FollowUp, DateOnly? FollowUpOn, string? FollowUpNote, IReadOnlyList<ScoreItem> Scores);

public sealed record ScoreItem(string Criterion, int Weight, int Score);

public sealed record SchemeItem(Guid Id, string Title, DateOnly AdoptedOn, IReadOnlyList<CriterionItem> Criteria);

public sealed record CriterionItem(int Number, string Name, int Weight);

/// <summary>An evaluation ledger row: 各项得分 as “指标:得分” pairs separated by ；.</summary>
public sealed class EvaluationLedgerRow
{
    public int Number { get; set; }

    public EvaluationItem? Item { get; set; }

    public EvaluationInput Value { get; set; } = new();
}

/// <summary>
/// 中层干部履职能力评估: the town's catalogue of criteria (weights summing to 100), and per person and period the scores,
/// the computed total, the grade by the thresholds in the settings, and the follow-up (留任、调整、提醒谈话、培训).
/// </summary>
public sealed class CadreEvaluations(AppDbContext db, TimeProvider time, IOptions<GovernanceOptions> options)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "评估年度",
        ["period"] = "评估周期",
        ["department"] = "部门（单位）",
        ["person"] = "姓名",
        ["post"] = "职务",
        ["evaluatedOn"] = "评估日期",
        ["scores"] = "各项得分",
        ["followUp"] = "跟进措施",
        ["followUpOn"] = "跟进日期",
        ["followUpNote"] = "跟进说明",
        ["scheme"] = "各项得分",
    };

    public static readonly LedgerLayout<EvaluationLedgerRow> Layout = new("中层干部履职能力评估台账",
    [
        new("序号", r => r.Number),
        new("评估年度", r => r.Item?.Year, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Value = r.Value with { Year = n }), Required: true),
        new("评估周期", r => r.Item is null ? null : DisplayNames.Of(Enum.Parse<PeriodKind>(r.Item.PeriodKind)), (r, v) => Cells.Accept(() => r.Value = r.Value with { Period = v }), Required: true),
        new("部门（单位）", r => r.Item?.Department, (r, v) => Cells.Accept(() => r.Value = r.Value with { Department = v }), Required: true),
        new("姓名", r => r.Item?.Person, (r, v) => Cells.Accept(() => r.Value = r.Value with { Person = v }), Required: true),
        new("职务", r => r.Item?.Post, (r, v) => Cells.Accept(() => r.Value = r.Value with { Post = v }), Required: true),
        new("评估日期", r => r.Item?.EvaluatedOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Value = r.Value with { EvaluatedOn = d }), Required: true),
        new("各项得分", r => r.Item is null ? null : string.Join("；", r.Item.Scores.Select(s => $"{s.Criterion}:{s.Score}")),
            (r, v) => ParseScores(v, out var scores) ?? Cells.Accept(() => r.Value = r.Value with { Scores = scores }), Required: true),
        new("总分", r => r.Item?.Total),
        new("评估等次", r => r.Item?.Grade),
        new("跟进措施", r => r.Item?.FollowUp, (r, v) => Cells.Accept(() => r.Value = r.Value with { FollowUp = v })),
        new("跟进日期", r => r.Item?.FollowUpOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Value = r.Value with { FollowUpOn = d })),
        new("跟进说明", r => r.Item?.FollowUpNote, (r, v) => Cells.Accept(() => r.Value = r.Value with { FollowUpNote = v })),
    ]);

    /// <summary>“依法履职:38；廉洁自律:20” → scores by criterion name (： or : between).</summary>
    public static string? ParseScores(string text, out IReadOnlyList<ScoreInput> scores)
    {
        var list = new List<ScoreInput>();
        scores = list;
        foreach (var part in Fields.Split(text))
        {
            var pair = part.Split([':', '：'], 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            {
                return $"“{part}”应写成“指标名称:得分”，多项之间用“；”分隔";
            }

            list.Add(new ScoreInput(pair[0], score));
        }

        return null;
    }

    public async Task<EvaluationScheme> AdoptSchemeAsync(SchemeInput input, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份制定评估标准");
        var title = f.Required(input.Title, 200, "title", "评估标准名称");
        var adoptedOn = f.PastDate(input.AdoptedOn, "adoptedOn", "印发日期");
        var criteria = (input.Criteria ?? []).Where(c => c is not null && (!string.IsNullOrWhiteSpace(c.Name) || c.Weight is not null)).ToList();
        if (criteria.Count == 0)
        {
            f.Add("criteria", "请列出评估指标及其权重");
        }

        for (var n = 0; n < criteria.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(criteria[n].Name) || criteria[n].Name!.Trim().Length > 100)
            {
                f.Add($"criteria[{n}].name", $"第{n + 1}项：请填写评估指标名称（100字以内）");
            }

            if (criteria[n].Weight is not (>= 1 and <= 100))
            {
                f.Add($"criteria[{n}].weight", $"第{n + 1}项：权重应为1至100之间的整数");
            }
        }

        var names = criteria.Select(c => c.Name?.Trim()).Where(n => !string.IsNullOrEmpty(n)).ToList();
        if (names.Count != names.Distinct().Count())
        {
            f.Add("criteria", "评估指标名称不能重复");
        }
        else if (criteria.Count > 0 && criteria.All(c => c.Weight is >= 1 and <= 100) && !EvaluationScheme.WeightsAreValid(criteria.Select(c => c.Weight!.Value)))
        {
            f.Add("criteria", $"各项评估指标的权重合计应为100（现为{criteria.Sum(c => c.Weight!.Value)}）");
        }

        f.ThrowIfAny();
        var scheme = new EvaluationScheme(region, title!, adoptedOn, criteria.Select(c => (c.Name!.Trim(), c.Weight!.Value)).ToList());
        db.Add(scheme);
        db.AddRange(scheme.Criteria);
        await db.SaveChangesAsync(ct);
        return scheme;
    }

    /// <summary>The scheme in force on a day: the latest adopted on or before it.</summary>
    public async Task<EvaluationScheme?> SchemeOnAsync(DateOnly day, CancellationToken ct) =>
        await db.Set<EvaluationScheme>().Include(s => s.Criteria).Where(s => s.AdoptedOn <= day)
            .OrderByDescending(s => s.AdoptedOn).ThenByDescending(s => s.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<SchemeItem>> SchemesAsync(CancellationToken ct) =>
        (await db.Set<EvaluationScheme>().AsNoTracking().Include(s => s.Criteria).OrderByDescending(s => s.AdoptedOn).Take(20).ToListAsync(ct))
        .Select(s => new SchemeItem(s.Id, s.Title, s.AdoptedOn, s.Criteria.OrderBy(c => c.Number).Select(c => new CriterionItem(c.Number, c.Name, c.Weight)).ToList()))
        .ToList();

    public async Task<CadreEvaluation> AddAsync(EvaluationInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记评估结果");
        var kind = f.Choice<PeriodKind>(input.Period, "period", $"请选择评估周期（{Fields.Names<PeriodKind>()}）");
        var department = f.Required(input.Department, 100, "department", "部门（单位）");
        var person = f.Required(input.Person, 50, "person", "姓名");
        var post = f.Required(input.Post, 100, "post", "职务");
        var note = f.Optional(input.FollowUpNote, 500, "followUpNote", "跟进说明");
        var evaluatedOn = f.PastDate(input.EvaluatedOn, "evaluatedOn", "评估日期");
        if (input.Year is not { } year || year < 2000 || year > f.Today.Year)
        {
            f.Add("year", $"评估年度应为2000至{f.Today.Year}之间的年份");
            year = 0;
        }

        var period = new EvaluationPeriod(year, kind ?? PeriodKind.Annual);
        if (year > 0 && kind is not null && evaluatedOn != default && !f.Has("evaluatedOn") && evaluatedOn < period.FirstDay)
        {
            f.Add("evaluatedOn", $"评估日期不能早于评估周期（{period}）开始（{period.FirstDay:yyyy-MM-dd}）");
        }

        FollowUpAction? followUp = null;
        if (!string.IsNullOrWhiteSpace(input.FollowUp))
        {
            followUp = f.Choice<FollowUpAction>(input.FollowUp, "followUp", $"跟进措施应为{Fields.Names<FollowUpAction>()}之一");
            if (input.FollowUpOn is not { } on)
            {
                f.Add("followUpOn", "请填写跟进日期");
            }
            else if (on > f.Today)
            {
                f.Add("followUpOn", "跟进日期不能晚于今天");
            }
            else if (evaluatedOn != default && on < evaluatedOn)
            {
                f.Add("followUpOn", "跟进日期不能早于评估日期");
            }
        }
        else if (input.FollowUpOn is not null)
        {
            f.Add("followUp", "填写跟进日期时请选择跟进措施");
        }

        var scores = new List<int>();
        var scheme = evaluatedOn == default ? null : await SchemeOnAsync(evaluatedOn, ct);
        if (evaluatedOn != default && scheme is null)
        {
            f.Add("scores", "评估日期前尚未制定中层干部履职能力评估标准，请先制定评估指标和权重");
        }
        else if (scheme is not null)
        {
            var given = (input.Scores ?? []).Where(s => s is not null).ToList();
            var criteria = scheme.Criteria.OrderBy(c => c.Number).ToList();
            var unknown = given.Where(s => criteria.All(c => c.Name != s.Criterion?.Trim())).Select(s => s.Criterion).ToList();
            var missing = criteria.Where(c => given.All(s => s.Criterion?.Trim() != c.Name)).Select(c => c.Name).ToList();
            if (unknown.Count > 0)
            {
                f.Add("scores", $"《{scheme.Title.Trim('《', '》')}》没有评估指标：{string.Join("、", unknown)}");
            }
            else if (missing.Count > 0)
            {
                f.Add("scores", $"请为每项评估指标打分，缺少：{string.Join("、", missing)}");
            }
            else if (given.Any(s => s.Score is not (>= 0 and <= 100)))
            {
                f.Add("scores", "每项评估指标的得分应为0至100之间的整数");
            }
            else
            {
                scores = criteria.Select(c => given.First(s => s.Criterion!.Trim() == c.Name).Score!.Value).ToList();
            }
        }

        if (person is not null && department is not null && year > 0 && kind is { } k
            && (await db.Set<CadreEvaluation>().AnyAsync(e => e.RegionCode == region && e.Person == person && e.Department == department && e.Year == year && e.PeriodKind == k, ct)
                || db.ChangeTracker.Entries<CadreEvaluation>().Any(e => e.Entity.Person == person && e.Entity.Department == department && e.Entity.Year == year && e.Entity.PeriodKind == k)))
        {
            f.Add("person", $"{department}{person}{period}的履职能力评估已登记，同一人员同一周期只评估一次");
        }

        f.ThrowIfAny();
        var total = CadreEvaluation.WeightedHundredths(scheme!.Criteria.OrderBy(c => c.Number).Select(c => c.Weight).ToList(), scores) / 100m;
        var evaluation = new CadreEvaluation(region, scheme, period, department!, person!, post!, evaluatedOn, scores, options.Value.GradeOf(total),
            followUp, followUp is null ? null : input.FollowUpOn, note, actor);
        db.Add(evaluation);
        db.AddRange(evaluation.Scores);
        return evaluation;
    }

    public async Task<CadreEvaluation> RecordAsync(EvaluationInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var evaluation = await AddAsync(input, actor, ct, systemRegion);
        await db.SaveChangesAsync(ct);
        return evaluation;
    }

    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => AddAsync(value.Value, actor, ct), key => Headers.GetValueOrDefault(key, key), ct);
    }

    public async Task<Paged<EvaluationItem>> PageAsync(EvaluationFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<EvaluationItem>(rows.Select(Item).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(EvaluationFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var rows = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((r, i) => new EvaluationLedgerRow { Number = i + 1, Item = Item(r) }), ct);
    }

    public async Task<EvaluationItem> DetailsAsync(Guid id, CancellationToken ct) =>
        Item(await db.Set<CadreEvaluation>().AsNoTracking().Include(e => e.Scores).FirstOrDefaultAsync(e => e.Id == id, ct)
             ?? throw new RecordNotFoundException("评估记录不存在"));

    public static EvaluationItem Item(CadreEvaluation e) => new(e.Id, e.Period.ToString(), e.Year, e.PeriodKind.ToString(), e.Department, e.Person, e.Post,
        e.EvaluatedOn, e.Total, e.Grade, e.FollowUp is { } a ? DisplayNames.Of(a) : null, e.FollowUpOn, e.FollowUpNote,
        e.Scores.OrderBy(s => s.Number).Select(s => new ScoreItem(s.Criterion, s.Weight, s.Score)).ToList());

    private (IQueryable<CadreEvaluation> Query, int Page, int Size) Build(EvaluationFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<CadreEvaluation>().AsNoTracking().Include(e => e.Scores).AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(e => e.Department.Contains(q) || e.Person.Contains(q) || e.Post.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Period))
        {
            if (DisplayNames.Parse<PeriodKind>(filter.Period) is { } kind)
            {
                query = query.Where(e => e.PeriodKind == kind);
            }
            else
            {
                errors["period"] = [$"评估周期不正确（应为{Fields.Names<PeriodKind>()}之一）"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Grade))
        {
            var grade = filter.Grade.Trim();
            query = query.Where(e => e.Grade == grade);
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                query = query.Where(e => e.Year == year);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        var sort = string.IsNullOrWhiteSpace(filter.Sort) ? "-evaluated" : filter.Sort.Trim();
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "evaluated" => descending ? query.OrderByDescending(e => e.EvaluatedOn).ThenBy(e => e.Id) : query.OrderBy(e => e.EvaluatedOn).ThenBy(e => e.Id),
            "total" => descending ? query.OrderByDescending(e => e.TotalHundredths).ThenBy(e => e.Id) : query.OrderBy(e => e.TotalHundredths).ThenBy(e => e.Id),
            "department" => descending ? query.OrderByDescending(e => e.Department).ThenBy(e => e.Person) : query.OrderBy(e => e.Department).ThenBy(e => e.Person),
            _ => Invalid(query, errors),
        };
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return (query, page, size);
    }

    private static IQueryable<CadreEvaluation> Invalid(IQueryable<CadreEvaluation> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 evaluated（评估日期）、total（总分）或 department（部门），前加“-”为倒序"];
        return query;
    }
}
