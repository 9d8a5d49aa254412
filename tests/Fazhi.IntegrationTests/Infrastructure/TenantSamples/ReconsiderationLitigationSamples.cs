using Fazhi.Modules.Litigation.Cases;
using Fazhi.Modules.Litigation.Domain;
using Fazhi.Modules.Reconsideration.Cases;
using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

using L = Fazhi.Modules.Litigation.Domain.LitigationProcedure;
using R = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>行政复议 and 行政诉讼 records: a reconsideration case with a hearing, a suit with a hearing.</summary>
public sealed class ReconsiderationLitigationSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var review = await services.GetRequiredService<RegisterCase>().ExecuteAsync(new RegisterInput
        {
            Applicant = "隔离样例申请人",
            ChallengedAct = "样例处罚决定",
            ReviewBody = "样例市人民政府",
            AcceptedOn = new DateOnly(2026, 2, 2),
        }, region, ProcedureActor.System, default);
        var advance = services.GetRequiredService<AdvanceCase>();
        await advance.ExecuteAsync(review.Id, R.Reply, new CaseActionInput { On = new DateOnly(2026, 2, 3) }, ProcedureActor.System, default);
        await advance.ExecuteAsync(review.Id, R.RecordHearing, new CaseActionInput { On = new DateOnly(2026, 2, 4), LeaderAttended = true, LeaderName = "样例镇长" }, ProcedureActor.System, default);

        var suit = await services.GetRequiredService<RegisterSuit>().ExecuteAsync(new SuitInput
        {
            Court = "样例法院",
            Plaintiff = "隔离样例原告",
            ChallengedAct = "样例拆除决定",
            ServedOn = new DateOnly(2026, 2, 2),
        }, region, ProcedureActor.System, default);
        var handle = services.GetRequiredService<AdvanceSuit>();
        await handle.ExecuteAsync(suit.Id, L.Defend, new SuitActionInput { On = new DateOnly(2026, 2, 3) }, ProcedureActor.System, default);
        await handle.ExecuteAsync(suit.Id, L.Hearing, new SuitActionInput { On = new DateOnly(2026, 2, 4), LeaderAppeared = true, LeaderName = "样例镇长", LeaderRank = nameof(LeaderRank.Principal) }, ProcedureActor.System, default);
    }
}
