using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Fazhi.Platform.Web;

/// <summary>Form binding errors in Chinese: a value the binder cannot parse (a date, a number) says so in the user's language.</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}");
        p.SetMissingBindRequiredValueAccessor(field => $"缺少{field}");
        p.SetMissingKeyOrValueAccessor(() => "缺少值");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”格式不正确");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值格式不正确");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字");
        p.SetUnknownValueIsInvalidAccessor(field => $"{field}格式不正确");
        p.SetValueIsInvalidAccessor(value => $"“{value}”格式不正确");
        p.SetValueMustBeANumberAccessor(field => $"{field}必须是数字");
        p.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空");
    }
}
