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

    public static readonly IReadOnlyList<MetricDefinition> All =
        [CasesFiled, CasesClosed, PenaltyCases, FinesAmount, LegalReviewRate, CertifiedRate, EnvironmentCases, MedicalCases];

    private static IQueryable<EnforcementCase> Cases(AppDbContext db, MetricScope s) =>
        db.Set<EnforcementCase>().AsNoTracking().Where(c => c.RegionCode.StartsWith(s.SubtreePrefix));

    private static MetricRecord Record(EnforcementCase c) => new(nameof(EnforcementCase), c.Id.ToString(), c.CaseNumber ?? c.Title);

    private static async Task<MetricResult> CountAsync(AppDbContext db, MetricScope s, System.Linq.Expressions.Expression<Func<EnforcementCase, bool>> where, CancellationToken ct)
    {
        var rows = await Cases(db, s).Where(where).OrderBy(c => c.FiledOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(Record));
    }

    private static async Task<MetricResult> FinesAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var rows = await Cases(db, s)
            .Where(c => c.Outcome == CaseOutcome.Penalty && c.FineFen > 0 && c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return MetricResult.Quantity(rows.Sum(c => c.FineFen) / 100m, rows.Select(Record));
    }

    private static async Task<MetricResult> LegalReviewRateAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var catalogs = (await db.Set<LegalReviewCatalogItem>().AsNoTracking().Where(i => i.RegionCode.StartsWith(s.SubtreePrefix) && i.Active).ToListAsync(ct))
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
            .Where(o => o.RegionCode.StartsWith(s.SubtreePrefix) && o.Active && o.ValidFrom <= yearEnd)
            .OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
        return MetricResult.Rate(officers.Count(o => o.HasValidCertificateOn(yearEnd)), officers.Count,
            officers.Select(o => new MetricRecord(nameof(Officer), o.Id.ToString(), $"{o.Name}（{o.CertificateNumber}）")));
    }
}
