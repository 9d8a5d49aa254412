using System.Collections.Concurrent;

using Fazhi.IntegrationTests.Infrastructure;

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fazhi.IntegrationTests.Platform.Validation;

public sealed class LogMaskingTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public void AppLogger_MasksIdNumbersAndPhones_BeforeAnyProvider()
    {
        var capture = new CapturingProvider();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        var logger = app.Services.GetRequiredService<ILogger<LogMaskingTests>>();

        logger.LogWarning("信访人身份证号 {IdNumber}，电话 {Phone}", "11010519491231002X", "13800138000");

        var message = Assert.Single(capture.Messages, m => m.StartsWith("信访人", StringComparison.Ordinal));
        Assert.Equal("信访人身份证号 110105********002X，电话 138****8000", message);
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
