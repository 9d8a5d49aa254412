using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Metrics;

/// <summary>The figures of 综合行政执法 (law.md §6.6), each with the case or officer records behind it.</summary>
public static class EnforcementMetrics
{
    private const string Module = "综合行政执法";

    public static readonly MetricDefinition CasesFiled = new("enforcement.cases_filed", "立案数", "件",
        "立案日期在所选年度内的行政处罚普通程序案件数（ENF-1）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.FiledOn >= s.FirstDay && c.FiledOn < s.EndDay, ct));

    public static readonly MetricDefinition CasesClosed = new("enforcement.cases_closed", "结案数", "件",
        "结案日期在所选年度内的案件数（ENF-2）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.ClosedOn >= s.FirstDay && c.ClosedOn < s.EndDay, ct));

    public static readonly MetricDefinition PenaltyCases = new("enforcement.penalty_cases", "行政处罚案件数", "件",
        "所选年度内作出行政处罚决定的案件数（按决定日期）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.Outcome == CaseOutcome.Penalty && c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay, ct));

    public static readonly MetricDefinition FinesAmount = new("enforcement.fines_amount", "罚没金额", "元",
        "所选年度内作出的行政处罚决定中罚款金额之和（按决定日期统计“决定数”，非实际缴纳数；ENF-3）。", Module, FinesAsync);

    public static readonly MetricDefinition LegalReviewRate = new("enforcement.legal_review_rate", "重大执法决定法制审核率", "%",
        "分母：所选年度内作出决定、按第五十八条或法制审核目录应当审核的案件；分子：其中经法制审核通过的案件（ENF-6）。", Module, LegalReviewRateAsync, MetricKind.Rate);

    public static readonly MetricDefinition CertifiedRate = new("enforcement.certified_rate", "执法人员持证率", "%",
        "分母：所选年度末（12月31日）在册的执法人员；分子：其中当日持有有效行政执法证的人员（ENF-11）。", Module, CertifiedRateAsync, MetricKind.Rate);

    public static readonly MetricDefinition EnvironmentCases = new("enforcement.environment_cases", "生态环境领域立案数", "件",
        "立案日期在所选年度内、执法领域为生态环境的案件数。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.Domain == EnforcementDomain.Environment && c.FiledOn >= s.FirstDay && c.FiledOn < s.EndDay, ct));

    public static readonly MetricDefinition MedicalCases = new("enforcement.medical_cases", "医疗卫生领域立案数", "件",
        "立案日期在所选年度内、执法领域为医疗卫生的案件数。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.Domain == EnforcementDomain.Medical && c.FiledOn >= s.FirstDay && c.FiledOn < s.EndDay, ct));

    public static readonly MetricDefinition NoPenaltyCases = new("enforcement.no_penalty_cases", "不予处罚件数", "件",
        "所选年度内作出不予行政处罚决定（第三十三条或减免责清单）的案件数，按决定日期；不含违法事实不成立（LEN-1）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.Outcome == CaseOutcome.NoPenalty && c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay, ct));

    public static readonly MetricDefinition SimpleCases = new("enforcement.simple_cases", "简易程序件数", "件",
        "所选年度内按简易程序当场作出行政处罚决定的件数（ENF-4）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.Simplified && c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay, ct));

    public static readonly MetricDefinition DeferredPayments = new("enforcement.deferred_payments", "暂缓或分期缴纳件数", "件",
        "所选年度内经负责人批准暂缓或者分期缴纳罚款的案件数，按批准日期（LEN-4）。", Module, DeferredAsync);

    public static readonly MetricDefinition Hearings = new("enforcement.hearings", "听证件数", "件",
        "所选年度内举行听证的案件数，按听证举行日期（ENF-8）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.HearingHeldOn >= s.FirstDay && c.HearingHeldOn < s.EndDay, ct));

    public static readonly MetricDefinition CollectiveDiscussions = new("enforcement.collective_discussions", "集体讨论件数", "件",
        "所选年度内经行政机关负责人集体讨论的案件数，按讨论日期（ENF-7）。", Module,
        (db, s, ct) => CountAsync(db, s, c => c.DiscussedOn >= s.FirstDay && c.DiscussedOn < s.EndDay, ct));

    public static readonly MetricDefinition OnTimeRate = new("enforcement.on_time_rate", "按期结案率", "%",
        "分母：所选年度内结案的普通程序案件（不含简易程序）；分子：其中在办案期限届满日（自立案起九十日，含经批准的延长和依法不计入的期间）前作出决定或移送的案件（ENF-9）。",
        Module, OnTimeRateAsync, MetricKind.Rate);

    public static readonly MetricDefinition IllegalMedicalPracticeFines = new("enforcement.illegal_medical_practice_fines", "打击非法行医罚款金额", "元",
        "所选年度内作出行政处罚决定、登记为“非法行医”（执法领域为医疗卫生并在线索登记时标记）的案件罚款金额之和，按决定日期。", Module,
        (db, s, ct) => FinesWhereAsync(db, s, c => c.IllegalMedicalPractice, ct));

    public static readonly MetricDefinition CriminalArrests = new("enforcement.criminal_arrests", "移送案件逮捕人数", "人",
        "移送司法机关的案件中，司法机关处理结果登记日期在所选年度内的被逮捕（经检察机关批准或者决定、人民法院决定逮捕）的人数之和（每人计一次）。不含仅被刑事拘留的人数，后者见“移送案件刑事拘留人数”。", Module, ArrestsAsync);

    public static readonly MetricDefinition CriminalDetentions = new("enforcement.criminal_detentions", "移送案件刑事拘留人数", "人",
        "移送司法机关的案件中，司法机关处理结果登记日期在所选年度内的被公安机关刑事拘留的人数之和（每人计一次）。与逮捕人数分别统计。", Module, DetentionsAsync);

    public static readonly MetricDefinition LenientMeasures = new("enforcement.lenient_measures", "柔性执法次数", "次",
        "所选年度内记录的教育提醒、行政指导、行政约谈、警示告诫次数（LEN-6）。", Module, FlexibleAsync);

    /// <summary>
    /// 按执法领域分列的立案数: the metrics registry holds scalar values only, so the breakdown is one key per domain,
    /// <c>enforcement.cases_by_domain.&lt;domain&gt;</c> (environment, medical, foodanddrugs, market, planning, safety, citymanagement, other).
    /// </summary>
    public static readonly IReadOnlyList<MetricDefinition> CasesByDomain = Enum.GetValues<EnforcementDomain>().Select(d =>
        new MetricDefinition($"enforcement.cases_by_domain.{d.ToString().ToLowerInvariant()}", $"{Fazhi.Modules.Enforcement.Cases.ReadCases.Name(d)}领域立案数", "件",
            $"立案日期在所选年度内、执法领域为{Fazhi.Modules.Enforcement.Cases.ReadCases.Name(d)}的普通程序案件数（按领域分列的立案数之一）。", Module,
            (db, s, ct) => CountAsync(db, s, c => c.Domain == d && c.FiledOn >= s.FirstDay && c.FiledOn < s.EndDay, ct))).ToList();

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        CasesFiled, CasesClosed, PenaltyCases, FinesAmount, LegalReviewRate, CertifiedRate, EnvironmentCases, MedicalCases, NoPenaltyCases, SimpleCases,
        DeferredPayments, Hearings, CollectiveDiscussions, OnTimeRate, IllegalMedicalPracticeFines, CriminalArrests, CriminalDetentions, LenientMeasures, .. CasesByDomain,
    ];

    private static IQueryable<EnforcementCase> Cases(AppDbContext db, MetricScope s) =>
        db.Set<EnforcementCase>().AsNoTracking().InSubtree(s.SubtreePrefix);

    private static MetricRecord Record(EnforcementCase c) => new(nameof(EnforcementCase), c.Id.ToString(), c.CaseNumber ?? c.Title);

    private static async Task<MetricResult> CountAsync(AppDbContext db, MetricScope s, System.Linq.Expressions.Expression<Func<EnforcementCase, bool>> where, CancellationToken ct)
    {
        var rows = await Cases(db, s).Where(where).OrderBy(c => c.FiledOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(Record));
    }

    private static Task<MetricResult> FinesAsync(AppDbContext db, MetricScope s, CancellationToken ct) => FinesWhereAsync(db, s, c => true, ct);

    private static async Task<MetricResult> FinesWhereAsync(AppDbContext db, MetricScope s, System.Linq.Expressions.Expression<Func<EnforcementCase, bool>> where, CancellationToken ct)
    {
        var rows = await Cases(db, s).Where(where)
            .Where(c => c.Outcome == CaseOutcome.Penalty && c.FineFen > 0 && c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.Quantity(rows.Sum(c => c.FineFen) / 100m, rows.Select(Record));
    }

    private static async Task<MetricResult> DeferredAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var caseIds = await db.Set<PaymentArrangement>().AsNoTracking()
            .InSubtree(s.SubtreePrefix).Where(a => a.ApprovedOn >= s.FirstDay && a.ApprovedOn < s.EndDay)
            .Select(a => a.CaseId).ToListAsync(ct);
        return await CountAsync(db, s, c => caseIds.Contains(c.Id), ct);
    }

    private static async Task<MetricResult> OnTimeRateAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var closed = await Cases(db, s).Where(c => !c.Simplified && c.ClosedOn >= s.FirstDay && c.ClosedOn < s.EndDay)
            .OrderBy(c => c.ClosedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var instanceIds = closed.Select(c => c.ProcedureInstanceId).ToList();
        var dues = await db.Set<Platform.Procedures.Clock>().AsNoTracking()
            .Where(k => instanceIds.Contains(k.InstanceId) && k.RuleKey == OrdinaryProcedure.DecisionClock)
            .ToDictionaryAsync(k => k.InstanceId, k => k.DueDate, ct);
        var onTime = closed.Count(c => c.DecidedOn is { } decided && dues.TryGetValue(c.ProcedureInstanceId, out var due) && decided <= due);
        return MetricResult.Rate(onTime, closed.Count, closed.Select(Record));
    }

    private static async Task<MetricResult> ArrestsAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var rows = await Cases(db, s)
            .Where(c => c.Outcome == CaseOutcome.Transfer && c.PersonsArrested > 0 && c.JudicialOutcomeOn >= s.FirstDay && c.JudicialOutcomeOn < s.EndDay)
            .OrderBy(c => c.JudicialOutcomeOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.Quantity(rows.Sum(c => c.PersonsArrested), rows.Select(Record));
    }

    private static async Task<MetricResult> DetentionsAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var rows = await Cases(db, s)
            .Where(c => c.Outcome == CaseOutcome.Transfer && c.PersonsDetained > 0 && c.JudicialOutcomeOn >= s.FirstDay && c.JudicialOutcomeOn < s.EndDay)
            .OrderBy(c => c.JudicialOutcomeOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.Quantity(rows.Sum(c => c.PersonsDetained), rows.Select(Record));
    }

    private static async Task<MetricResult> FlexibleAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var rows = await db.Set<FlexibleMeasure>().AsNoTracking()
            .InSubtree(s.SubtreePrefix).Where(m => m.On >= s.FirstDay && m.On < s.EndDay)
            .OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(m => new MetricRecord(nameof(FlexibleMeasure), m.Id.ToString(), $"{Fazhi.Modules.Enforcement.Cases.ReadCases.Name(m.Kind)}：{m.PartyName}")));
    }

    private static async Task<MetricResult> LegalReviewRateAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var catalogs = (await db.Set<LegalReviewCatalogItem>().AsNoTracking().InSubtree(s.SubtreePrefix).Where(i => i.Active).ToListAsync(ct))
            .ToLookup(i => i.RegionCode);
        var decided = await Cases(db, s)
            .Where(c => c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay && c.Outcome != CaseOutcome.Transfer)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var required = decided.Where(c => c.LegalReviewReasons(catalogs[c.RegionCode]).Count > 0).ToList();
        return MetricResult.Rate(required.Count(c => c.LegalReviewPassed == true), required.Count, required.Select(Record));
    }

    private static async Task<MetricResult> CertifiedRateAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var yearEnd = s.EndDay.AddDays(-1);
        var officers = await db.Set<Officer>().AsNoTracking()
            .InSubtree(s.SubtreePrefix).Where(o => o.Active && o.ValidFrom <= yearEnd)
            .OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
        return MetricResult.Rate(officers.Count(o => o.HasValidCertificateOn(yearEnd)), officers.Count,
            officers.Select(o => new MetricRecord(nameof(Officer), o.Id.ToString(), $"{o.Name}（{o.CertificateNumber}）")));
    }
}
