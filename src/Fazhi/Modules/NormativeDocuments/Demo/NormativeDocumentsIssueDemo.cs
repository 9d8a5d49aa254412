using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.Modules.NormativeDocuments.Demo;

/// <summary>
/// 规范性文件演示数据, second half: once the legality opinion is issued (and the fair competition conclusion made), each
/// draft goes to 集体审议, is registered and numbered, published and filed — the publication dates are what
/// normative_documents.issued counts.
/// </summary>
public sealed class NormativeDocumentsIssueDemo : IDemoData
{
    public string Name => "规范性文件（审议、登记、公布、备案）";

    /// <summary>After 合法性审查 (30) has issued the opinions this half needs.</summary>
    public int Order => 40;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        var calendar = await services.CalendarAsync(ct);
        var actor = ProcedureActor.From(await services.UserAsync(NormativeDocumentsDraftDemo.Office));
        var legality = services.Get<ILegalityReviews>();
        var fairCompetition = services.Get<IFairCompetitionReviews>();
        var random = context.Random;
        var drafts = await db.Set<NormativeDocument>().AsNoTracking()
            .Where(d => d.RegionCode == DemoContext.Town && d.Status == NormativeDocumentStatus.LegalityReview && !d.Imported)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Title)
            .Select(d => new { d.Id, d.Title, d.AffectsBusiness })
            .ToListAsync(ct);
        var meeting = 0;
        var published = 0;
        foreach (var draft in drafts)
        {
            var opinion = await legality.StatusAsync(P.SubjectType, draft.Id, ct);
            var review = draft.AffectsBusiness ? await fairCompetition.StatusAsync(P.SubjectType, draft.Id, ct) : null;
            if (opinion is not { OpinionIssued: true, IssuedOn: { } issuedOn } || (draft.AffectsBusiness && review is not { MayBeIssued: true }))
            {
                context.Report($"《{draft.Title}》尚无合法性审核意见或公平竞争审查结论，留在审核阶段");
                continue;
            }

            var on = calendar.After(Later(issuedOn, review?.ConcludedOn), 1 + random.Next(2));
            await NormativeDocumentsDraftDemo.StepAsync(services, draft.Id, P.SubmitDeliberation, on, actor, $"合法性审核意见（{opinion.OpinionNumber}）已出具，提请镇政府常务会议审议", ct);
            on = calendar.After(on, 2 + random.Next(5));
            meeting += 1 + random.Next(3);
            await NormativeDocumentsDraftDemo.StepAsync(services, draft.Id, P.Deliberate, on, actor, "会议审议通过", ct,
                new DocumentActionInput { MeetingName = $"镇政府常务会议（2022年第{meeting + 8}次）" });
            on = calendar.After(on, 1 + random.Next(2));
            await NormativeDocumentsDraftDemo.StepAsync(services, draft.Id, P.Register, on, actor, "统一登记、统一编号、统一印发", ct);
            on = calendar.After(on, 1 + random.Next(3));
            var effective = random.Next(2) == 0 ? on : on.AddDays(30);
            await NormativeDocumentsDraftDemo.StepAsync(services, draft.Id, P.Publish, on, actor, "在镇政府网站及政务公开栏公布", ct,
                new DocumentActionInput { EffectiveOn = effective });
            on = calendar.After(on, 2 + random.Next(6));
            await NormativeDocumentsDraftDemo.StepAsync(services, draft.Id, P.File, on, actor, "报送备案", ct,
                new DocumentActionInput { FilingAuthority = DemoTexts.FilingAuthority });
            db.ChangeTracker.Clear();
            published++;
        }

        context.Report($"规范性文件 {published} 件已审议、公布并备案");
    }

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } other && other > a ? other : a;
}
