using Fazhi.Platform.Data;

namespace Fazhi.Platform.Demo;

/// <summary>
/// 演示数据 of one module: valid records created through the module's own use cases (never figure constants), so the
/// demo town's annual report is computed exactly as a real town's. Deterministic: use only <see cref="DemoContext.Random"/>.
/// </summary>
public interface IDemoData
{
    /// <summary>Chinese name shown in the progress output.</summary>
    string Name { get; }

    /// <summary>Lower runs first (a module whose records others reference runs earlier).</summary>
    int Order { get; }

    Task GenerateAsync(DemoContext context, CancellationToken cancellationToken);
}

/// <summary>What a generator gets: a fresh system scope, the demo town, a seeded random source and a progress sink.</summary>
public sealed class DemoContext(IServiceProvider services, Random random, Action<string> progress)
{
    public const string Town = DatabaseStartup.DemoTown;

    /// <summary>The other two demo towns of the same city (ranked below 演示镇 where a figure ranks towns).</summary>
    public static readonly IReadOnlyList<string> OtherTowns = ["441900198", "441900197"];

    public IServiceProvider Services { get; } = services;

    public Random Random { get; } = random;

    public void Report(string message) => progress(message);
}

public static class DemoRegistration
{
    public static IServiceCollection AddDemoData<TDemo>(this IServiceCollection services)
        where TDemo : class, IDemoData =>
        services.AddSingleton<IDemoData, TDemo>();
}
