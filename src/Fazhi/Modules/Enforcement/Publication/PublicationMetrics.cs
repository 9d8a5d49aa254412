using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Publication;

/// <summary>执法公示及时率 (ENF-10).</summary>
public static class PublicationMetrics
{
    public static readonly MetricDefinition TimelyRate = new("enforcement.publication_timely_rate", "执法决定公示及时率", "%",
        "分母：所选年度内按普通程序作出的行政处罚决定和其他执法决定（移送司法机关的除外；简易程序当场作出的决定不属公示范围，不计入）；分子：其中在期限内（行政处罚决定7个工作日、其他执法决定20个工作日，国办发〔2018〕118号）公示的决定（ENF-10）。",
        "综合行政执法", TimelyAsync, MetricKind.Rate);

    private static async Task<MetricResult> TimelyAsync(AppDbContext db, MetricScope s, CancellationToken ct)
    {
        var decided = await db.Set<EnforcementCase>().AsNoTracking()
            .InSubtree(s.SubtreePrefix).Where(c => c.DecidedOn >= s.FirstDay && c.DecidedOn < s.EndDay && c.Outcome != CaseOutcome.Transfer && !c.Simplified)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.CaseNumber).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.CaseNumber, c.Title })
            .ToListAsync(ct);
        var ids = decided.Select(c => c.Id).ToList();
        var publications = new Dictionary<Guid, DecisionPublication>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var p in await db.Set<DecisionPublication>().AsNoTracking().Where(p => chunk.Contains(p.CaseId)).ToListAsync(ct))
            {
                publications[p.CaseId] = p;
            }
        }

        var timely = decided.Count(c => publications.TryGetValue(c.Id, out var p) && p.PublishedOn is { } on && on <= p.PublishDue);
        var records = decided.Select(c => publications.TryGetValue(c.Id, out var p)
            ? new MetricRecord(nameof(DecisionPublication), p.Id.ToString(), $"{c.CaseNumber ?? c.Title}（{(p.PublishedOn is { } on ? (on <= p.PublishDue ? "按期公示" : "逾期公示") : "未公示")}）")
            : new MetricRecord(nameof(EnforcementCase), c.Id.ToString(), $"{c.CaseNumber ?? c.Title}（未登记公示）"));
        return MetricResult.Rate(timely, decided.Count, records);
    }
}
