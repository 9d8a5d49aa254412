using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.NormativeDocuments.Cleanups;

public sealed record CleanupItemLine(Guid Id, Guid DocumentId, string Title, string? DocumentNumber, string? IssuingAuthority, string Conclusion, string ConclusionName, string? Note);

/// <summary>A campaign with its items; when published, the four lists (继续有效 / 修改 / 废止 / 宣布失效) are its items grouped.</summary>
public sealed record CleanupView(Guid Id, string RegionCode, string Name, string? Reason, DateOnly StartedOn, string Status, string StatusName, DateOnly? PublishedOn, IReadOnlyList<CleanupItemLine> Items)
{
    public IEnumerable<IGrouping<string, CleanupItemLine>> Lists() =>
        Items.GroupBy(i => i.ConclusionName).OrderBy(g => Enum.Parse<DocumentConclusion>(g.First().Conclusion));
}

/// <summary>开展清理: a new campaign in the region.</summary>
public sealed class CreateCleanup(AppDbContext db, TimeProvider time)
{
    public async Task<CleanupCampaign> ExecuteAsync(string? name, string? reason, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > CleanupCampaign.MaxName)
        {
            errors["name"] = [$"请填写清理名称（不超过{CleanupCampaign.MaxName}个字符）"];
        }

        if (reason is { Length: > 1000 })
        {
            errors["reason"] = ["清理原因不能超过1000个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var campaign = new CleanupCampaign(regionCode, name!, reason, LegalDate.Today(time), actor.Login);
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }
}

/// <summary>
/// 清理结论 and 公布清理结果. A conclusion is recorded for a valid document (one per document per campaign; a new one
/// replaces it while the campaign is open). Publishing fixes the lists and takes the procedure step each conclusion
/// calls for: 废止 → 已废止, 宣布失效 → 宣布失效; 继续有效 and 修改 leave the document valid (a 修改 ends it when the
/// revised document replaces it).
/// </summary>
public sealed class ManageCleanup(AppDbContext db, AdvanceDocument advance, TimeProvider time)
{
    public async Task<CleanupView> ViewAsync(Guid campaignId, CancellationToken ct)
    {
        var campaign = await db.Set<CleanupCampaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new RecordNotFoundException();
        var items = await (from item in db.Set<CleanupItem>().AsNoTracking()
                           join document in db.Set<NormativeDocument>().AsNoTracking() on item.DocumentId equals document.Id
                           where item.CampaignId == campaignId
                           orderby document.PublishedOn, document.Title
                           select new { item, document }).ToListAsync(ct);
        return new CleanupView(campaign.Id, campaign.RegionCode, campaign.Name, campaign.Reason, campaign.StartedOn, campaign.Status.ToString(),
            Names.Of(campaign.Status), campaign.PublishedOn,
            items.Select(x => new CleanupItemLine(x.item.Id, x.document.Id, x.document.Title, x.document.DocumentNumber, x.document.IssuingAuthority,
                x.item.Conclusion.ToString(), Names.Of(x.item.Conclusion), x.item.Note)).ToList());
    }

    public async Task RecordAsync(Guid campaignId, Guid? documentId, string? conclusion, string? note, ProcedureActor actor, CancellationToken ct)
    {
        var campaign = await db.Set<CleanupCampaign>().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new RecordNotFoundException();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<DocumentConclusion>(conclusion, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(conclusion, out _))
        {
            errors["conclusion"] = ["请选择清理结论：继续有效、修改、废止或宣布失效"];
        }

        if (note is { Length: > 1000 })
        {
            errors["note"] = ["说明不能超过1000个字符"];
        }

        var document = documentId is { } id ? await db.Set<NormativeDocument>().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        if (document is null)
        {
            errors["documentId"] = ["请选择本单位的规范性文件"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        campaign.EnsureOpen();
        if (!document!.IsValid)
        {
            throw new DomainRuleException($"“{document.Title}”当前为{Names.PublicStatus(document.Status)}，只有现行有效的文件需要清理");
        }

        var existing = await db.Set<CleanupItem>().FirstOrDefaultAsync(i => i.CampaignId == campaignId && i.DocumentId == document.Id, ct);
        var at = time.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            db.Add(new CleanupItem(campaign, document, parsed, note, actor.Login, at));
        }
        else
        {
            existing.Change(parsed, note, actor.Login, at);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(Guid campaignId, ProcedureActor actor, CancellationToken ct)
    {
        var campaign = await db.Set<CleanupCampaign>().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new RecordNotFoundException();
        campaign.EnsureOpen();
        var items = await db.Set<CleanupItem>().Where(i => i.CampaignId == campaignId).ToListAsync(ct);
        if (items.Count == 0)
        {
            throw new DomainRuleException("清理中还没有任何文件的清理结论，不能公布");
        }

        var today = LegalDate.Today(time);
        // Explicit rollback: a transaction only disposed does not release the audit interceptor's chain lock.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var item in items)
            {
                var action = item.Conclusion switch
                {
                    DocumentConclusion.Repeal => NormativeDocumentProcedure.Repeal,
                    DocumentConclusion.DeclareInvalid => NormativeDocumentProcedure.DeclareInvalid,
                    DocumentConclusion.ContinueInForce or DocumentConclusion.Amend => null,
                };
                if (action is not null)
                {
                    // Each step saves on its own inside this transaction: the campaign is published whole or not at all.
                    await advance.ExecuteAsync(item.DocumentId, action, new DocumentActionInput { Note = $"{campaign.Name}：{Names.Of(item.Conclusion)}{(item.Note is null ? "" : "，" + item.Note)}" }, actor, ct);
                }
            }

            campaign.Publish(today);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
