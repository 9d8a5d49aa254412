using System.Collections.Concurrent;

using Fazhi.Platform.Validation;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fazhi.UnitTests.Platform.Validation;

public sealed class MaskingLoggerTests
{
    private const string Id = "110101199003071233";
    private const string Phone = "13800138000";

    [Fact]
    public void Log_MessageWithIdAndPhone_ReachesProviderMasked()
    {
        var capture = new CapturingProvider();
        using var services = Services(capture, maskingFirst: false);
        var logger = services.GetRequiredService<ILogger<MaskingLoggerTests>>();

        logger.LogWarning("当事人 {IdNumber} 电话 {Phone} 已登记", Id, Phone);

        var entry = Assert.Single(capture.Entries);
        Assert.Equal("当事人 110101********1233 电话 138****8000 已登记", entry.Message);
        Assert.DoesNotContain(Id, entry.Values);
        Assert.DoesNotContain(Phone, entry.Values);
        Assert.Contains("110101********1233", entry.Values);
    }

    [Fact]
    public void Log_ProviderRegisteredAfterMasking_IsStillMasked()
    {
        var capture = new CapturingProvider();
        using var services = Services(capture, maskingFirst: true);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi").LogInformation($"电话{Phone}");
        Assert.Equal("电话138****8000", Assert.Single(capture.Entries).Message);
    }

    [Fact]
    public void Log_ExceptionTextAndScopes_AreMasked()
    {
        var capture = new CapturingProvider();
        using var services = Services(capture, maskingFirst: false);
        var logger = services.GetRequiredService<ILogger<MaskingLoggerTests>>();

        using (logger.BeginScope("请求 {Query}", $"phone={Phone}"))
        {
            logger.LogError(new InvalidOperationException($"重复的身份证号 {Id}"), "保存失败");
        }

        var entry = Assert.Single(capture.Entries);
        Assert.Equal("保存失败", entry.Message);
        Assert.DoesNotContain(Id, entry.Exception);
        Assert.Contains("InvalidOperationException", entry.Exception);
        Assert.Contains("110101********1233", entry.Exception);
        Assert.Equal("请求 phone=138****8000", Assert.Single(capture.Scopes));
    }

    [Fact]
    public void Log_MessageWithoutPersonalData_PassesUnchanged()
    {
        var capture = new CapturingProvider();
        using var services = Services(capture, maskingFirst: false);
        services.GetRequiredService<ILogger<MaskingLoggerTests>>().LogInformation("案件 {Number} 已立案", "2026-0001");
        Assert.Equal("案件 2026-0001 已立案", Assert.Single(capture.Entries).Message);
    }

    [Fact]
    public void AddLogMasking_Twice_WrapsOnce()
    {
        var services = new ServiceCollection().AddLogging().AddLogMasking().AddLogMasking();
        Assert.Single(services, d => d.ServiceType == typeof(ILoggerFactory));
    }

    private static ServiceProvider Services(CapturingProvider capture, bool maskingFirst)
    {
        var services = new ServiceCollection();
        if (maskingFirst)
        {
            services.AddLogMasking();
        }

        services.AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        if (!maskingFirst)
        {
            services.AddLogMasking();
        }

        return services.BuildServiceProvider();
    }

    internal sealed record Entry(string Message, List<string> Values, string Exception);

    /// <summary>Records what a real provider would write: the formatted message, the structured values, the exception and the scopes.</summary>
    internal sealed class CapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ConcurrentQueue<string> Scopes { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.Select(p => Convert.ToString(p.Value) ?? "").ToList()
                    : [];
                owner._scopes.ForEachScope((scope, _) => owner.Scopes.Enqueue(scope?.ToString() ?? ""), (object?)null);
                owner.Entries.Enqueue(new Entry(formatter(state, exception), values, exception?.ToString() ?? ""));
            }
        }
    }
}
