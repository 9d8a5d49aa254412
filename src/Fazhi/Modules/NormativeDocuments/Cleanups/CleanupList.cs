using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.NormativeDocuments.Cleanups;

public sealed record CleanupSummary(Guid Id, string Name, string? Reason, DateOnly StartedOn, string Status, string StatusName, DateOnly? PublishedOn, int Items);

/// <summary>The region's clean-up campaigns, and the export layout of one campaign's conclusions.</summary>
public static class CleanupList
{
    public static async Task<List<CleanupSummary>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var campaigns = await db.Set<CleanupCampaign>().AsNoTracking().OrderByDescending(c => c.StartedOn).ThenByDescending(c => c.Id).Take(200).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await db.Set<CleanupItem>().AsNoTracking().Where(i => ids.Contains(i.CampaignId))
            .GroupBy(i => i.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return campaigns.Select(c => new CleanupSummary(c.Id, c.Name, c.Reason, c.StartedOn, c.Status.ToString(), Names.Of(c.Status), c.PublishedOn,
            counts.GetValueOrDefault(c.Id))).ToList();
    }

    public sealed class Row
    {
        public Row()
        {
        }

        public Row(int number, CleanupItemLine item)
        {
            Number = number;
            Title = item.Title;
            DocumentNumber = item.DocumentNumber;
            IssuingAuthority = item.IssuingAuthority;
            Conclusion = item.ConclusionName;
            Note = item.Note;
        }

        public int Number { get; set; }

        public string Title { get; set; } = "";

        public string? DocumentNumber { get; set; }

        public string? IssuingAuthority { get; set; }

        public string Conclusion { get; set; } = "";

        public string? Note { get; set; }
    }

    public static readonly LedgerLayout<Row> Layout = new("规范性文件清理结论",
    [
        new("序号", r => r.Number),
        new("文件名称", r => r.Title),
        new("文号", r => r.DocumentNumber),
        new("制定机关", r => r.IssuingAuthority),
        new("清理结论", r => r.Conclusion),
        new("说明", r => r.Note),
    ]);
}
