namespace Fazhi.Platform.Jobs;

/// <summary>
/// 定时任务: runs a use case every <see cref="Interval"/> (zero or less turns it off) in a scope of its own — no HTTP
/// request, so the unscoped system context — on the injected clock. A failure is logged and the next tick tries again:
/// a missing holiday notice or a lost race must not stop the host.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>Chinese name for the log lines.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run in a fresh scope; returns the line to log on success.</summary>
    protected abstract Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var summary = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                logger.LogInformation("{Job}完成：{Summary}", Name, summary);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Job}失败", Name);
            }
        }
    }
}
