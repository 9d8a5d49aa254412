using System.Collections;
using System.Globalization;

namespace Fazhi.Platform.Validation;

/// <summary>
/// 日志脱敏 (masked application logs, security.md AUD-03): wraps the app's <see cref="ILoggerFactory"/> so every logger it
/// hands out masks ID numbers and mobile numbers in the message, in structured values, in scopes and in exception text
/// before any provider sees them. Decorating the factory rather than each provider also covers providers added after
/// the platform was registered.
/// </summary>
public sealed class MaskingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new MaskingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The decorator owns the factory it wraps (see LogMaskingSetup), so it disposes it.
    public void Dispose() => inner.Dispose();
}

internal sealed class MaskingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => state switch
        {
            string text => inner.BeginScope(Masking.Text(text)),
            IReadOnlyList<KeyValuePair<string, object?>> values when MaskedLogState.Mask(values, state.ToString()) is { } masked => inner.BeginScope(masked),
            _ => inner.BeginScope(state),
        };

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var maskedException = MaskedException.Of(exception);
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values && MaskedLogState.Mask(values, message) is { } masked)
        {
            inner.Log(logLevel, eventId, masked, maskedException, static (s, _) => s.ToString());
            return;
        }

        var maskedMessage = Masking.Text(message);
        if (maskedMessage != message)
        {
            inner.Log(logLevel, eventId, maskedMessage, maskedException, static (s, _) => s);
            return;
        }

        inner.Log(logLevel, eventId, state, maskedException, formatter);
    }
}

/// <summary>Structured log state with every personal number masked; formats to the masked message.</summary>
internal sealed class MaskedLogState(IReadOnlyList<KeyValuePair<string, object?>> values, string message)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    /// <summary>The masked copy, or null when neither the message nor any value holds a personal number.</summary>
    public static MaskedLogState? Mask(IReadOnlyList<KeyValuePair<string, object?>> values, string? message)
    {
        var maskedMessage = Masking.Text(message);
        var changed = maskedMessage != (message ?? "");
        var copy = new KeyValuePair<string, object?>[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var (key, value) = values[i];
            // The template itself ({OriginalFormat}) holds placeholders, not data.
            var text = value is null or IEnumerable and not string || key == "{OriginalFormat}"
                ? null
                : Convert.ToString(value, CultureInfo.InvariantCulture);
            var masked = Masking.Text(text);
            if (text is not null && masked != text)
            {
                copy[i] = new(key, masked);
                changed = true;
            }
            else
            {
                copy[i] = values[i];
            }
        }

        return changed ? new MaskedLogState(copy, maskedMessage) : null;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;
}

/// <summary>Stands in for an exception whose text holds a personal number: same text, masked; original type shown.</summary>
internal sealed class MaskedException : Exception
{
    private readonly string _text;
    private readonly string? _stackTrace;

    private MaskedException(Exception original, string text)
        : base(Masking.Text(original.Message))
    {
        _text = text;
        _stackTrace = Masking.Text(original.StackTrace);
        HResult = original.HResult;
    }

    public override string? StackTrace => _stackTrace;

    public static Exception? Of(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var masked = Masking.Text(text);
        return masked == text ? exception : new MaskedException(exception, masked);
    }

    public override string ToString() => _text;
}
