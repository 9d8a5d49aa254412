using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Metrics;

/// <summary>
/// 合法性审查的统计指标 (law.md §3 LR-1…LR-5). Every figure counts reviews by the year their opinion was issued
/// (出具审查意见日期) and returns the reviews (or opinion items) behind it. The keys are fixed: the annual report reads them.
/// </summary>
public static class LegalityReviewMetrics
{
    public const string Module = "合法性审查";
    public const string Documents = "legality_review.documents";
    public const string Contracts = "legality_review.contracts";
    public const string ContractsAmount = "legality_review.contracts_amount";
    public const string Total = "legality_review.total";
    public const string OpinionItems = "legality_review.opinion_items";
    public const string AdoptionRate = "legality_review.adoption_rate";
    public const string AdviserParticipationRate = "legality_review.adviser_participation_rate";

    /// <summary>党委政府文件: what the annual report counts as documents (contracts and enforcement decisions are separate).</summary>
    public static readonly ReviewDocumentType[] DocumentTypes =
    [
        ReviewDocumentType.PartyDocument, ReviewDocumentType.GovernmentDocument, ReviewDocumentType.NormativeDocumentDraft,
        ReviewDocumentType.MajorDecisionDraft,
    ];

    public static IServiceCollection AddLegalityReviewMetrics(this IServiceCollection services) => services
        .AddMetric(new(Documents, "党委政府文件审查件数", "件",
            "当年出具合法性审查意见的党委文件、政府文件、规范性文件草案和重大行政决策草案件数（按出具意见日期计年度）。", Module,
            (db, scope, ct) => CountAsync(db, scope, r => r.DocumentType == ReviewDocumentType.PartyDocument
                || r.DocumentType == ReviewDocumentType.GovernmentDocument || r.DocumentType == ReviewDocumentType.NormativeDocumentDraft
                || r.DocumentType == ReviewDocumentType.MajorDecisionDraft, ct)))
        .AddMetric(new(Contracts, "合同审查份数", "份",
            "当年出具合法性审查意见的政府合同份数（按出具意见日期计年度）。", Module,
            (db, scope, ct) => CountAsync(db, scope, r => r.DocumentType == ReviewDocumentType.Contract, ct)))
        .AddMetric(new(ContractsAmount, "审查合同金额", "元",
            "当年出具合法性审查意见的政府合同的合同金额之和（元）。", Module, ContractsAmountAsync))
        .AddMetric(new(Total, "合法性审查件数", "件",
            "当年出具合法性审查意见的全部审查件数（党委政府文件、规范性文件、重大决策、合同、重大执法决定及其他）。", Module,
            (db, scope, ct) => CountAsync(db, scope, _ => true, ct)))
        .AddMetric(new(OpinionItems, "提出审查意见条数", "条",
            "当年出具的合法性审查意见中逐条列明的意见条数之和。", Module, OpinionItemsAsync))
        .AddMetric(new(AdoptionRate, "审查意见采纳率", "%",
            "分子：当年出具的审查意见中送审单位反馈“采纳”的条数；分母：当年出具的审查意见条数。", Module, AdoptionRateAsync, MetricKind.Rate))
        .AddMetric(new(AdviserParticipationRate, "法律顾问参与率", "%",
            "分子：当年出具的审查意见中由法律顾问签署或有法律顾问参与签署的件数；分母：当年出具审查意见的件数。", Module, AdviserRateAsync, MetricKind.Rate));

    private static IQueryable<Domain.LegalityReview> Issued(AppDbContext db, MetricScope scope) =>
        db.Set<Domain.LegalityReview>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(r => r.OpinionIssuedOn >= scope.FirstDay && r.OpinionIssuedOn < scope.EndDay);

    private static MetricRecord Record(Guid id, string title, string? number) =>
        new(nameof(Domain.LegalityReview), id.ToString(), number is null ? title : $"{number} {title}");

    private static async Task<MetricResult> CountAsync(AppDbContext db, MetricScope scope, System.Linq.Expressions.Expression<Func<Domain.LegalityReview, bool>> which, CancellationToken ct)
    {
        var rows = await Issued(db, scope).Where(which).OrderBy(r => r.OpinionIssuedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.OpinionNumber }).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(r => Record(r.Id, r.Title, r.OpinionNumber)));
    }

    private static async Task<MetricResult> ContractsAmountAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var reviews = Issued(db, scope).Where(r => r.DocumentType == ReviewDocumentType.Contract);
        var rows = await db.Set<GovernmentContract>().AsNoTracking()
            .Where(c => c.ReviewId != null && reviews.Any(r => r.Id == c.ReviewId))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.AmountFen }).ToListAsync(ct);
        return MetricResult.Quantity(rows.Sum(r => r.AmountFen) / 100m,
            rows.Select(r => new MetricRecord(nameof(GovernmentContract), r.Id.ToString(), $"{r.Name}（{r.AmountFen / 100m:0.00}元）")));
    }

    private static IQueryable<OpinionItem> Items(AppDbContext db, MetricScope scope)
    {
        var reviews = Issued(db, scope);
        return db.Set<OpinionItem>().AsNoTracking().Where(i => reviews.Any(r => r.Id == i.ReviewId));
    }

    private static async Task<MetricResult> OpinionItemsAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Items(db, scope).OrderBy(i => i.ReviewId).ThenBy(i => i.Number).Select(i => new { i.Id, i.Number }).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(i => new MetricRecord(nameof(OpinionItem), i.Id.ToString(), $"第{i.Number}条")));
    }

    private static async Task<MetricResult> AdoptionRateAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Items(db, scope).OrderBy(i => i.ReviewId).ThenBy(i => i.Number).Select(i => new { i.Id, i.Number, i.Response }).ToListAsync(ct);
        return MetricResult.Rate(rows.Count(i => i.Response == ItemResponse.Adopted), rows.Count,
            rows.Select(i => new MetricRecord(nameof(OpinionItem), i.Id.ToString(), $"第{i.Number}条：{Reviews.ReviewText.Name(i.Response)}")));
    }

    private static async Task<MetricResult> AdviserRateAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Issued(db, scope).OrderBy(r => r.OpinionIssuedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.OpinionNumber, r.AdviserSignOff }).ToListAsync(ct);
        return MetricResult.Rate(rows.Count(r => r.AdviserSignOff), rows.Count, rows.Select(r => Record(r.Id, r.Title, r.OpinionNumber)));
    }
}
