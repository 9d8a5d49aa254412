using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Validation;

namespace Fazhi.UnitTests.Platform.Validation;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("11441300007187648G")]
    [InlineData("11500231008679505Q")]
    [InlineData("11440115MB2D065126")]
    [InlineData("91441900MA4UJ2XQ1M")]
    public void CreditCode_ValidCodes_Pass(string code) => Assert.Null(Identifiers.CheckUnifiedSocialCreditCode(code));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4Y")]
    [InlineData("81350100M000100Y43")]
    [InlineData("91350100M000100X43")]
    [InlineData("11441300007187648H")]
    [InlineData("11441300007187649G")]
    public void CreditCode_SingleCharacterCorruption_FailsCheckCharacter(string code) =>
        Assert.Equal("统一社会信用代码校验位不正确", Identifiers.CheckUnifiedSocialCreditCode(code));

    [Fact]
    public void CreditCode_EveryPositionCorrupted_IsRefused()
    {
        const string valid = "91350100M000100Y43";
        foreach (var position in Enumerable.Range(0, 18))
        {
            foreach (var replacement in "0123456789ABCDEFGHJKLMNPQRTUWXY")
            {
                if (replacement == valid[position])
                {
                    continue;
                }

                var corrupted = valid[..position] + replacement + valid[(position + 1)..];
                Assert.NotNull(Identifiers.CheckUnifiedSocialCreditCode(corrupted));
            }
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位")]
    [InlineData("91350100M000100I43", "统一社会信用代码含有无效字符（只能是数字和大写字母，不使用 I、O、S、V、Z）")]
    [InlineData("91350100m000100Y43", "统一社会信用代码含有无效字符（只能是数字和大写字母，不使用 I、O、S、V、Z）")]
    [InlineData("913501A0M000100Y43", "统一社会信用代码第3至8位应为行政区划码")]
    [InlineData("", "统一社会信用代码不能为空")]
    public void CreditCode_MalformedCodes_GiveChineseReason(string code, string reason) =>
        Assert.Equal(reason, Identifiers.CheckUnifiedSocialCreditCode(code));

    [Fact]
    public void CreditCode_OrganizationCodeMismatch_IsOnlyAWarning()
    {
        Assert.Null(Identifiers.OrganizationCodeWarning("91350100M000100Y43"));
        Assert.Null(Identifiers.OrganizationCodeWarning("11441300007187648G"));
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440524188001010014")]
    [InlineData("441900199003071238")]
    [InlineData("441900198512310028")]
    [InlineData("441900200002290047")]
    public void IdNumber_ValidNumbers_Pass(string id) => Assert.Null(Identifiers.CheckResidentIdNumber(id, new DateOnly(2026, 3, 2)));

    [Theory]
    [InlineData("441900199003071239")]
    [InlineData("441900199003071228")]
    [InlineData("441900199003071338")]
    [InlineData("441901199003071238")]
    [InlineData("11010519491231003X")]
    [InlineData("110105194912310020")]
    public void IdNumber_SingleDigitCorruption_FailsCheckDigit(string id) =>
        Assert.Equal("公民身份号码校验位不正确", Identifiers.CheckResidentIdNumber(id));

    [Theory]
    [InlineData("44190019900307123", "公民身份号码应为18位")]
    [InlineData("4419001990030712A8", "公民身份号码前17位应为数字，最后一位为数字或X")]
    [InlineData("441900199003071Y38", "公民身份号码前17位应为数字，最后一位为数字或X")]
    [InlineData("991900199003071238", "公民身份号码地址码不正确")]
    [InlineData("441900199002301238", "公民身份号码出生日期不正确")]
    [InlineData("441900199013071238", "公民身份号码出生日期不正确")]
    [InlineData("441900199102291238", "公民身份号码出生日期不正确")]
    [InlineData("441900170001011238", "公民身份号码出生日期不正确")]
    public void IdNumber_MalformedNumbers_GiveChineseReason(string id, string reason) =>
        Assert.Equal(reason, Identifiers.CheckResidentIdNumber(id));

    [Fact]
    public void IdNumber_BirthDateAfterToday_IsRefused()
    {
        // 2026-03-03 with a correct check digit: valid until "today" is the day before.
        var id = WithCheckDigit("44190020260303001");
        Assert.Null(Identifiers.CheckResidentIdNumber(id, new DateOnly(2026, 3, 3)));
        Assert.Equal("公民身份号码出生日期不正确", Identifiers.CheckResidentIdNumber(id, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void IdNumber_Normalize_UppercasesX() => Assert.Equal("11010519491231002X", Identifiers.NormalizeIdNumber(" 11010519491231002x "));

    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("15012345678")]
    public void Mobile_ValidNumbers_Pass(string phone) => Assert.Null(Identifiers.CheckMobilePhone(phone));

    [Theory]
    [InlineData("12800138000", "手机号码格式不正确（应以13至19开头）")]
    [InlineData("23800138000", "手机号码格式不正确（应以13至19开头）")]
    [InlineData("1380013800", "手机号码应为11位数字")]
    [InlineData("138001380001", "手机号码应为11位数字")]
    [InlineData("1380013800a", "手机号码应为11位数字")]
    [InlineData("138-0013-8000", "手机号码应为11位数字")]
    public void Mobile_Malformed_GiveChineseReason(string phone, string reason) => Assert.Equal(reason, Identifiers.CheckMobilePhone(phone));

    private sealed class Applicant
    {
        [UnifiedSocialCreditCode]
        public string? CreditCode { get; set; }

        [ResidentIdNumber]
        public string? IdNumber { get; set; }

        [MobilePhone]
        public string? Phone { get; set; }
    }

    [Fact]
    public void Attributes_RefuseBadValues_WithChineseMessagesPerField()
    {
        var form = new Applicant { CreditCode = "91350100M000100Y44", IdNumber = "441900199003071239", Phone = "12800138000" };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage == "统一社会信用代码校验位不正确" && r.MemberNames.Single() == nameof(Applicant.CreditCode));
        Assert.Contains(results, r => r.ErrorMessage == "公民身份号码校验位不正确" && r.MemberNames.Single() == nameof(Applicant.IdNumber));
        Assert.Contains(results, r => r.ErrorMessage == "手机号码格式不正确（应以13至19开头）" && r.MemberNames.Single() == nameof(Applicant.Phone));
    }

    [Fact]
    public void Attributes_AcceptValidAndEmptyValues()
    {
        var valid = new Applicant { CreditCode = "91350100M000100Y43", IdNumber = "11010519491231002X", Phone = "13800138000" };
        var empty = new Applicant { CreditCode = "", IdNumber = null, Phone = null };
        Assert.True(Validator.TryValidateObject(valid, new ValidationContext(valid), null, validateAllProperties: true));
        Assert.True(Validator.TryValidateObject(empty, new ValidationContext(empty), null, validateAllProperties: true));
    }

    private static string WithCheckDigit(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
