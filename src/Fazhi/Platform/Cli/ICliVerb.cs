namespace Fazhi.Platform.Cli;

/// <summary>
/// An operator verb a module adds to the executable (`Fazhi report …`). The kernel's verb runner finds it in DI, parses
/// `--name value` options, prepares the database and runs it in the unscoped system context.
/// </summary>
public interface ICliVerb
{
    /// <summary>The first argument that selects this verb, e.g. "report".</summary>
    string Name { get; }

    /// <summary>One usage line in Chinese, shown with the kernel's verbs.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; returns the exit code (0 success, 1 failure, 2 bad arguments).</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

public static class CliVerbRegistration
{
    public static IServiceCollection AddCliVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICliVerb =>
        services.AddSingleton<ICliVerb, TVerb>();
}
