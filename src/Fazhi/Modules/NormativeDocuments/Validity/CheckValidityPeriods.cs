using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.NormativeDocuments.Validity;

/// <summary>
/// 有效期巡检 (the nightly validity check, ND-T3), across all regions in the system scope: a valid document whose
/// 有效期至 has passed becomes 已失效 from the day after 有效期至 (an audited procedure step by the system, never a
/// silent flag), and a document within N months of 有效期至 gets its 实施后评估 reminder recorded once. Idempotent.
/// </summary>
public sealed class CheckValidityPeriods(AppDbContext db, ProcedureEngine engine, IOptions<NormativeDocumentOptions> options, TimeProvider time, ILogger<CheckValidityPeriods> logger)
{
    // The hosted loop and a manual run never overlap in one process; across processes the step's unique sequence keeps one flip.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public sealed record Outcome(int Expired, int Reminded);

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var today = LegalDate.Today(time);
            var expired = await db.Set<NormativeDocument>()
                .Where(d => (d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce) && d.ExpiresOn < today)
                .ToListAsync(ct);
            foreach (var document in expired)
            {
                var instance = await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == document.ProcedureInstanceId, ct);
                if (instance is null)
                {
                    logger.LogError("规范性文件 {Id} 没有办理程序，无法自动失效", document.Id);
                    continue;
                }

                var lapses = ValidityPeriod.LapsesOn(document.ExpiresOn!.Value);
                var on = lapses < instance.LastStepOn ? instance.LastStepOn : lapses;
                await engine.ApplyAsync(instance, NormativeDocumentProcedure.Expire, ProcedureActor.System, null,
                    new StepInput { On = on, Note = $"有效期至{ValidityPeriod.Day(document.ExpiresOn.Value)}届满，自{ValidityPeriod.Day(lapses)}起失效" }, ct);
                document.MoveTo(instance.State);
                document.End(lapses, "有效期届满");
            }

            var horizon = today.AddMonths(options.Value.EvaluationMonthsBeforeExpiry);
            var due = await db.Set<NormativeDocument>()
                .Where(d => (d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce)
                    && d.ExpiresOn >= today && d.ExpiresOn <= horizon && d.EvaluationRemindedOn == null)
                .ToListAsync(ct);
            foreach (var document in due)
            {
                document.EvaluationReminded(today);
            }

            await db.SaveChangesAsync(ct);
            return new Outcome(expired.Count, due.Count);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}

/// <summary>Runs <see cref="CheckValidityPeriods"/> every <see cref="NormativeDocumentOptions.CheckInterval"/>.</summary>
public sealed class ValidityCheckWorker(IServiceScopeFactory scopes, IOptions<NormativeDocumentOptions> options, TimeProvider time, ILogger<ValidityCheckWorker> logger)
    : Platform.Jobs.PeriodicJob(scopes, time, logger)
{
    protected override string Name => "规范性文件有效期巡检";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var outcome = await services.GetRequiredService<CheckValidityPeriods>().RunAsync(cancellationToken);
        return $"失效{outcome.Expired}件，评估提醒{outcome.Reminded}件";
    }
}
