using System.ComponentModel.DataAnnotations;

namespace Fazhi.Platform.Validation;

/// <summary>
/// The form attributes share one rule: an empty value is left to <see cref="RequiredAttribute"/>, anything else must
/// pass the check in <see cref="Identifiers"/>, and the message is that check's Chinese reason (or ErrorMessage if set).
/// </summary>
public abstract class IdentifierAttribute : ValidationAttribute
{
    protected abstract string? Check(string value, ValidationContext context);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null || (value is string s && s.Length == 0))
        {
            return ValidationResult.Success;
        }

        var reason = value is string text ? Check(text, validationContext) : "格式不正确";
        if (reason is null)
        {
            return ValidationResult.Success;
        }

        var message = ErrorMessage is null ? reason : FormatErrorMessage(validationContext.DisplayName);
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}

/// <summary>统一社会信用代码 on a form field (GB 32100-2015).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class UnifiedSocialCreditCodeAttribute : IdentifierAttribute
{
    protected override string? Check(string value, ValidationContext context) => Identifiers.CheckUnifiedSocialCreditCode(value);
}

/// <summary>公民身份号码 on a form field (GB 11643-1999); the birth date must not be in the future when a clock is registered.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class ResidentIdNumberAttribute : IdentifierAttribute
{
    protected override string? Check(string value, ValidationContext context)
    {
        var clock = context.GetService(typeof(TimeProvider)) as TimeProvider;
        DateOnly? today = clock is null ? null : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return Identifiers.CheckResidentIdNumber(value, today);
    }
}

/// <summary>手机号码 (mainland mobile number) on a form field.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MobilePhoneAttribute : IdentifierAttribute
{
    protected override string? Check(string value, ValidationContext context) => Identifiers.CheckMobilePhone(value);
}
