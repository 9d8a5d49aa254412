namespace Fazhi.Platform.Web;

/// <summary>
/// A refused step: the request was well-formed but the law or the platform's rules forbid it now. Answered as 409
/// ProblemDetails whose detail is the Chinese reason and whose legalBasis names the article (when there is one).
/// </summary>
public class DomainRuleException(string message, string? legalBasis = null, int statusCode = StatusCodes.Status409Conflict)
    : Exception(message)
{
    public string? LegalBasis { get; } = legalBasis;

    public int StatusCode { get; } = statusCode;
}

/// <summary>Bad input on named fields: answered as 400 ValidationProblemDetails with the Chinese message per field.</summary>
public class FieldValidationException(IDictionary<string, string[]> errors, string title = "提交的数据有误")
    : Exception(title)
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public FieldValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>The record does not exist in the caller's region subtree (or at all): always 404, never a hint which.</summary>
public sealed class RecordNotFoundException(string message = "记录不存在") : Exception(message);
