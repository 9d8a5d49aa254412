using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Identity;

/// <summary>口令复杂度 (等保三级): at least 12 characters drawn from at least 3 of 4 classes (upper, lower, digit, symbol).</summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 12;

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"密码长度至少为{MinimumLength}位";
        }

        var classes = (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
            + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0)
            + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        return classes < 3 ? "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类" : null;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var error = Check(password);
        return Task.FromResult(error is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = error }));
    }

    /// <summary>A random password that satisfies the policy (for generated accounts; shown once).</summary>
    public static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#$%^&*-_=+";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[System.Security.Cryptography.RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[System.Security.Cryptography.RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[System.Security.Cryptography.RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[System.Security.Cryptography.RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[System.Security.Cryptography.RandomNumberGenerator.GetInt32(all.Length)];
        }

        System.Security.Cryptography.RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
