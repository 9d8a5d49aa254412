namespace Fazhi.Platform.Validation;

/// <summary>Registration of identifier validation and masking: the masked logging pipeline.</summary>
public static class ValidationSetup
{
    /// <summary>
    /// Replaces the registered <see cref="ILoggerFactory"/> with a <see cref="MaskingLoggerFactory"/> around it, so every
    /// <c>ILogger&lt;T&gt;</c> the container hands out masks personal numbers. Idempotent.
    /// </summary>
    public static IServiceCollection AddLogMasking(this IServiceCollection services)
    {
        services.AddLogging();
        var existing = services.Last(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService);
        if (existing.ImplementationFactory?.Target is MaskingMarker)
        {
            return services;
        }

        services.Remove(existing);
        var marker = new MaskingMarker(existing);
        services.AddSingleton<ILoggerFactory>(marker.Create);
        return services;
    }

    // Holds the original registration; being the factory's target also marks the descriptor as already masked.
    private sealed class MaskingMarker(ServiceDescriptor original)
    {
        public MaskingLoggerFactory Create(IServiceProvider sp)
        {
            var inner = original.ImplementationInstance as ILoggerFactory
                ?? original.ImplementationFactory?.Invoke(sp) as ILoggerFactory
                ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
            return new MaskingLoggerFactory(inner);
        }
    }
}
