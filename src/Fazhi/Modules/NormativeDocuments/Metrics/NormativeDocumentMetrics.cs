using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.NormativeDocuments.Metrics;

/// <summary>The figures of law.md §4 (NDOC-1…6), each with the records behind it.</summary>
public static class NormativeDocumentMetrics
{
    private const string Module = "行政规范性文件";
    private const string Type = nameof(NormativeDocument);

    public static readonly MetricDefinition Issued = new(
        "normative_documents.issued", "制发规范性文件数", "件",
        "年度内公布的行政规范性文件件数（按公布日期，北京时间），含台账导入的已公布文件。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await PublishedIn(db, scope).ToListAsync(ct)).Select(Record)));

    public static readonly MetricDefinition LegalityReviewedRate = new(
        "normative_documents.legality_reviewed_rate", "合法性审核率", "%",
        "分子：年度内公布的文件中，提请集体审议前已出具合法性审核意见的件数；分母：年度内公布的文件件数（NDOC-1）。",
        Module, async (db, scope, ct) =>
        {
            var documents = await PublishedIn(db, scope).ToListAsync(ct);
            return MetricResult.Rate(documents.Count(d => d.LegalityReviewedBeforeDeliberation), documents.Count, documents.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition FiledOnTimeRate = new(
        "normative_documents.filed_on_time_rate", "报备及时率", "%",
        "分子：年度内公布并已报送备案的文件中，在备案期限（默认公布后15日）内报送的件数；分母：年度内公布并已报送备案的件数。",
        Module, async (db, scope, ct) =>
        {
            var filed = await PublishedIn(db, scope).Where(d => d.FiledOn != null).ToListAsync(ct);
            return MetricResult.Rate(filed.Count(d => d.FiledOnTime == true), filed.Count, filed.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition InForce = new(
        "normative_documents.in_force", "现行有效文件数", "件",
        "年度末（12月31日）处于有效状态的文件件数：已公布、有效期至不早于12月31日，且未在该日前失效、修改、废止或宣布失效。",
        Module, async (db, scope, ct) =>
        {
            var last = scope.EndDay.AddDays(-1);
            var documents = await db.Set<NormativeDocument>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(d => d.PublishedOn != null && d.PublishedOn <= last
                    && d.ExpiresOn >= last && (d.EndedOn == null || d.EndedOn > last))
                .OrderBy(d => d.PublishedOn).ThenBy(d => d.Id)
                .ToListAsync(ct);
            return MetricResult.CountOf(documents.Select(Record));
        });

    public static readonly MetricDefinition Cleaned = new(
        "normative_documents.cleaned", "清理文件数", "件",
        "年度内公布清理结果的清理中作出结论的文件件数（继续有效、修改、废止、宣布失效各计入，明细标注结论）。",
        Module, async (db, scope, ct) =>
        {
            var items = await (from item in db.Set<CleanupItem>().AsNoTracking().InSubtree(scope.SubtreePrefix)
                               join campaign in db.Set<CleanupCampaign>().AsNoTracking() on item.CampaignId equals campaign.Id
                               where campaign.Status == CleanupStatus.Published
                                     && campaign.PublishedOn >= scope.FirstDay && campaign.PublishedOn < scope.EndDay
                               orderby campaign.PublishedOn, item.Id
                               select new { item.Id, item.Conclusion, campaign.Name }).ToListAsync(ct);
            return MetricResult.CountOf(items.Select(i => new MetricRecord(nameof(CleanupItem), i.Id.ToString(), $"{i.Name}：{Names.Of(i.Conclusion)}")));
        });

    public static readonly MetricDefinition Evaluated = new(
        "normative_documents.evaluated", "后评估数", "件",
        "年度内完成的规范性文件实施后评估次数（按评估日期）。",
        Module, async (db, scope, ct) =>
        {
            var evaluations = await db.Set<ImplementationEvaluation>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(e => e.On >= scope.FirstDay && e.On < scope.EndDay)
                .OrderBy(e => e.On).ThenBy(e => e.Id)
                .ToListAsync(ct);
            return MetricResult.CountOf(evaluations.Select(e => new MetricRecord(nameof(ImplementationEvaluation), e.Id.ToString(), Names.Of(e.Conclusion))));
        });

    public static readonly IReadOnlyList<MetricDefinition> All = [Issued, LegalityReviewedRate, FiledOnTimeRate, InForce, Cleaned, Evaluated];

    private static IQueryable<NormativeDocument> PublishedIn(AppDbContext db, MetricScope scope) =>
        db.Set<NormativeDocument>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(d => d.PublishedOn >= scope.FirstDay && d.PublishedOn < scope.EndDay)
            .OrderBy(d => d.PublishedOn).ThenBy(d => d.Id);

    private static MetricRecord Record(NormativeDocument d) => new(Type, d.Id.ToString(), $"{d.DocumentNumber} {d.Title}".Trim());
}
