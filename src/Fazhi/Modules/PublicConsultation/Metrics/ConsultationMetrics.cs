using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Metrics;

/// <summary>The figures of public participation (公众参与), each with the comments behind it.</summary>
public static class ConsultationMetrics
{
    private const string Module = "公开征求意见";
    private const string Type = nameof(PublicComment);

    public static readonly MetricDefinition Received = new(
        "public_comments.received", "收到公众意见数", "条",
        "年度内（北京时间）收到的公众意见条数，含审核后未予公开的；合并到其他意见的重复意见不重复计算。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await InYear(db, scope).Where(c => c.Status != CommentStatus.Merged)
            .ToListAsync(ct)).Select(Record)));

    public static readonly MetricDefinition AdoptedRate = new(
        "public_comments.adopted_rate", "公众意见采纳率", "%",
        "分子：年度内（按答复时间，北京时间）作出答复的公众意见中，采纳和部分采纳的条数；分母：年度内作出答复的公众意见条数。",
        Module, async (db, scope, ct) =>
        {
            var answered = await db.Set<PublicComment>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(c => c.Status == CommentStatus.Approved && c.Answer != null
                    && c.AnsweredAt >= scope.StartsAtUtc && c.AnsweredAt < scope.EndsAtUtc)
                .OrderBy(c => c.AnsweredAt).ThenBy(c => c.Id).ToListAsync(ct);
            return MetricResult.Rate(answered.Count(c => c.Answer is AdoptionAnswer.Adopted or AdoptionAnswer.PartlyAdopted), answered.Count,
                answered.Select(Record));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All = [Received, AdoptedRate];

    private static IQueryable<PublicComment> InYear(AppDbContext db, MetricScope scope) =>
        db.Set<PublicComment>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.ReceivedAt >= scope.StartsAtUtc && c.ReceivedAt < scope.EndsAtUtc)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id);

    private static MetricRecord Record(PublicComment c) =>
        new(Type, c.Id.ToString(), Fazhi.Platform.Validation.Masking.Text(c.Body.Length > 30 ? c.Body[..30] + "…" : c.Body));
}
