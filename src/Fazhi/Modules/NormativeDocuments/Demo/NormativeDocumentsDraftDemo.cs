using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.Modules.NormativeDocuments.Demo;

/// <summary>
/// 规范性文件演示数据, first half: the six documents 演示镇 issued in 2022, from the plan through 公开征求意见 to
/// 公平竞争审查 and 合法性审核 (both requested through the other modules' contracts). Those modules' generators (20, 30)
/// then review them, and <see cref="NormativeDocumentsIssueDemo"/> (40) takes them on to publication.
/// </summary>
public sealed class NormativeDocumentsDraftDemo : IDemoData
{
    internal const string Office = "demo.legal-office";

    public string Name => "规范性文件（起草、征求意见、送审）";

    public int Order => 10;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        var calendar = await services.CalendarAsync(ct);
        var actor = ProcedureActor.From(await services.UserAsync(Office));
        var random = context.Random;
        var drafts = DemoTexts.Documents2022;
        for (var i = 0; i < drafts.Length; i++)
        {
            var draft = drafts[i];
            // One plan item about every five weeks from mid-January, so the last is published by the autumn.
            var on = calendar.OnOrAfter(new DateOnly(2022, 1, 17).AddDays((i * 35) + random.Next(10)));
            services.Clock.Set(on);
            var document = await services.Get<CreateDocument>().ExecuteAsync(
                new(draft.Title, draft.Unit, DemoTexts.Authority, DemoTexts.Body(draft), draft.AffectsBusiness, RequiresConsultation: true, 2022),
                DemoContext.Town, actor, ct);
            on = calendar.After(on, 3 + random.Next(5));
            await StepAsync(services, document.Id, P.StartDrafting, on, actor, "起草小组成立，开展调研起草", ct);
            on = calendar.After(on, 8 + random.Next(8));
            await StepAsync(services, document.Id, P.OpenConsultation, on, actor, "在镇政府网站公开征求社会公众意见", ct);
            var due = await db.Set<Clock>().AsNoTracking()
                .Where(c => c.InstanceId == document.ProcedureInstanceId && c.RuleKey == P.ConsultationClock)
                .Select(c => c.DueDate).FirstAsync(ct);
            on = calendar.OnOrAfter(due);
            await StepAsync(services, document.Id, P.CloseConsultation, on, actor, $"征求意见期满，共收到意见{random.Next(1, 12)}条，已研究采纳", ct);
            if (draft.AffectsBusiness)
            {
                on = calendar.After(on, 2 + random.Next(3));
                await StepAsync(services, document.Id, P.SubmitFairCompetition, on, actor, null, ct);
            }

            on = calendar.After(on, 3 + random.Next(3));
            await StepAsync(services, document.Id, P.SubmitLegalityReview, on, actor, "送镇司法所（法律顾问）合法性审核", ct);
            db.ChangeTracker.Clear();
        }

        context.Report($"规范性文件 {drafts.Length} 件已起草、征求意见并送审");
    }

    internal static async Task StepAsync(DemoServices services, Guid id, string action, DateOnly on, ProcedureActor actor, string? note, CancellationToken ct,
        DocumentActionInput? input = null)
    {
        services.Clock.Set(on, 10);
        await services.Get<AdvanceDocument>().ExecuteAsync(id, action, (input ?? new DocumentActionInput()) with { On = on, Note = note }, actor, ct);
    }
}
