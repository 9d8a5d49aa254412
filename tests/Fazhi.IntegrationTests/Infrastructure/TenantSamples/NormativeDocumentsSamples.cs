using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of the 行政规范性文件 module: a document with its procedure, an evaluation, a clean-up and its item.</summary>
public sealed class NormativeDocumentsSamples : ITenantSamples
{
    /// <summary>
    /// The pages and endpoints need the two review contracts; until the real modules are merged in, doubles stand in
    /// (TryAdd: once the real ones are registered, they are used).
    /// </summary>
    public void ConfigureServices(IServiceCollection services)
    {
        services.TryAddScoped<ILegalityReviews, LegalityReviewsDouble>();
        services.TryAddScoped<IFairCompetitionReviews, FairCompetitionReviewsDouble>();
    }

    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var document = new NormativeDocument(region, "隔离样例管理办法", "样例办", "样例镇人民政府", "正文", false, false, 2026, DateTime.UtcNow, "system");
        var instance = engine.Start(NormativeDocumentProcedure.Key, NormativeDocumentProcedure.SubjectType, document.Id, region, ProcedureActor.System);
        await engine.ApplyAsync(instance, NormativeDocumentProcedure.Import, ProcedureActor.System, null, new StepInput { Note = "样例" });
        document.AttachProcedure(instance.Id);
        document.MoveTo(instance.State);
        db.Add(document);
        db.Add(new ImplementationEvaluation(document, new DateOnly(2026, 3, 1), DocumentConclusion.ContinueInForce, "样例", "system", DateTime.UtcNow));
        var campaign = new CleanupCampaign(region, "隔离样例清理", null, new DateOnly(2026, 3, 1), "system");
        db.Add(campaign);
        db.Add(new CleanupItem(campaign, document, DocumentConclusion.ContinueInForce, null, "system", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
