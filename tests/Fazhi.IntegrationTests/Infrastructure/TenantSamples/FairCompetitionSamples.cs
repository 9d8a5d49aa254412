using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Modules.FairCompetition.Reviews;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>公平竞争审查 records: a reviewed measure with its answers (one under an exception) and conclusion, and the region's settings.</summary>
public sealed class FairCompetitionSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var work = services.GetRequiredService<ReviewWorkspace>();
        var actor = ProcedureActor.System;
        var drafted = new DateOnly(2025, 5, 6);
        var review = await work.RegisterAsync(region, null, null, "关于促进新能源汽车消费的若干措施", "经济发展办", MeasureKind.Other, drafted, null, actor, default);
        work.Db.Add(new FairCompetitionSettings(region));
        await work.Db.SaveChangesAsync();

        var loaded = await work.LoadAsync(review.Id, default);
        await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.DetermineAffecting, actor, loaded.Context, new StepInput { On = drafted });
        review.Determine(true, "涉及对经营者的补贴", drafted, actor.Login, work.Now);
        var ground = ReviewRegime.Regulation2024.ExceptionGrounds[2];
        var answers = loaded.Standards.Select((s, i) => i == 0
                ? new AnswerInput(s.Code, ChecklistVerdict.Exception, null, ground, "节能环保", "2027年12月31日止", true)
                : new AnswerInput(s.Code, ChecklistVerdict.Complies))
            .ToList();
        await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Answer, actor, loaded.Context with { PendingAnswers = answers }, new StepInput { On = drafted });
        work.Db.AddRange(review.Answer(answers, actor.Login, work.Now));
        await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Conclude, actor, loaded.Context with { ConclusionText = "适用例外规定" }, new StepInput { On = drafted });
        work.Db.Add(review.Conclude("适用例外规定", null, drafted, actor.Login, work.Now, FairCompetitionSettings.DefaultEvaluationMonths));
        await work.Db.SaveChangesAsync();
    }
}
