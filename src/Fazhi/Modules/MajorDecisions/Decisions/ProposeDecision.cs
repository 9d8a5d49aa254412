using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>Request body of <c>POST /api/major-decisions/decisions</c>: the catalog item and who proposed it.</summary>
public sealed record ProposeDecisionInput(Guid? CatalogItemId, string? Proposer, DateOnly? On = null);

/// <summary>
/// 决策建议 (条例第十条): a decision starts from an item of a published catalog (决策事项目录, 条例第三条), taking what the
/// item requires as it stood then; the procedure starts in 决策建议.
/// </summary>
public sealed class ProposeDecision(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task<MajorDecision> ExecuteAsync(ProposeDecisionInput input, ProcedureActor actor, CancellationToken ct)
    {
        if (input.CatalogItemId is null)
        {
            throw new FieldValidationException("catalogItemId", "请选择目录中的决策事项");
        }

        if (string.IsNullOrWhiteSpace(input.Proposer) || input.Proposer.Trim().Length > 100)
        {
            throw new FieldValidationException("proposer", "请填写决策建议的提出者（不超过100个字符）");
        }

        var item = await db.Set<CatalogItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == input.CatalogItemId, ct)
            ?? throw new FieldValidationException("catalogItemId", "目录中没有该事项");
        var catalog = await db.Set<DecisionCatalog>().AsNoTracking().FirstAsync(c => c.Id == item.CatalogId, ct);
        if (catalog.Status != CatalogStatus.Published)
        {
            throw new DomainRuleException("只能对经党委同意并公布的现行目录中的事项启动决策程序", Basis.Catalog);
        }

        if (await db.Set<MajorDecision>().AnyAsync(d => d.CatalogItemKey == item.ItemKey && d.State != DecisionProcedure.Adjusted && d.State != DecisionProcedure.Suspended, ct))
        {
            throw new DomainRuleException("该目录事项已有进行中的决策程序");
        }

        var today = LegalDate.Today(time);
        var on = input.On ?? today;
        if (on > today)
        {
            throw new FieldValidationException("on", "日期不能晚于今天");
        }

        var decision = new MajorDecision(item, catalog.Year, input.Proposer, actor.Login, time.GetUtcNow().UtcDateTime, on);
        var instance = engine.Start(DecisionProcedure.Key, DecisionProcedure.SubjectType, decision.Id, decision.RegionCode, actor, on);
        decision.AttachProcedure(instance.Id);
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
