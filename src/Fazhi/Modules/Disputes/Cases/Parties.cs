using Fazhi.Platform.Crypto;
using Fazhi.Platform.Validation;

namespace Fazhi.Modules.Disputes.Cases;

/// <summary>A party as a form or API gives it: the ID number and phone in clear, encrypted before anything is stored.</summary>
public sealed record PartyInput(string? Name, string? Role, string? IdNumber, string? Phone);

/// <summary>A checked party: clear values never leave this record except as ciphertext and masked text.</summary>
public sealed record CheckedParty(string Name, string Role, string? IdNumberCipher, string? IdNumberMasked, string? PhoneCipher, string? PhoneMasked);

/// <summary>当事人信息校验与加密: 公民身份号码 (GB 11643), 手机号码, SM4 at rest, masked everywhere else.</summary>
public static class Parties
{
    public const int Max = 20;

    public static readonly string[] RoleNames = ["一方当事人", "另一方当事人", "第三人"];

    public static List<CheckedParty> Check(IReadOnlyList<PartyInput>? parties, DateOnly today, IFieldProtector protector, IDictionary<string, string[]> errors, string prefix = "parties")
    {
        var result = new List<CheckedParty>();
        if (parties is null || parties.Count(p => !string.IsNullOrWhiteSpace(p.Name)) < 2)
        {
            errors[prefix] = ["纠纷至少应有双方当事人（姓名或名称）"];
            return result;
        }

        if (parties.Count > Max)
        {
            errors[prefix] = [$"当事人不能超过{Max}个"];
            return result;
        }

        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            if (string.IsNullOrWhiteSpace(p.Name) && string.IsNullOrWhiteSpace(p.IdNumber) && string.IsNullOrWhiteSpace(p.Phone))
            {
                continue;
            }

            var field = $"{prefix}[{i}]";
            var name = p.Name?.Trim() ?? "";
            if (name.Length is 0 or > 100)
            {
                errors[$"{field}.name"] = [$"第{i + 1}个当事人：请填写姓名或名称（不超过100个字符）"];
            }

            var role = string.IsNullOrWhiteSpace(p.Role) ? (result.Count == 0 ? RoleNames[0] : RoleNames[1]) : p.Role.Trim();
            if (!RoleNames.Contains(role))
            {
                errors[$"{field}.role"] = [$"第{i + 1}个当事人：身份应为{string.Join("、", RoleNames)}"];
            }

            string? idCipher = null, idMasked = null, phoneCipher = null, phoneMasked = null;
            if (!string.IsNullOrWhiteSpace(p.IdNumber))
            {
                var id = Identifiers.NormalizeIdNumber(p.IdNumber);
                if (Identifiers.CheckResidentIdNumber(id, today) is { } reason)
                {
                    // The reason never repeats the number itself.
                    errors[$"{field}.idNumber"] = [$"第{i + 1}个当事人：{reason}"];
                }
                else
                {
                    idCipher = protector.Protect(id);
                    idMasked = Masking.IdNumber(id);
                }
            }

            if (!string.IsNullOrWhiteSpace(p.Phone))
            {
                var phone = p.Phone.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                if (Identifiers.CheckMobilePhone(phone) is { } reason)
                {
                    errors[$"{field}.phone"] = [$"第{i + 1}个当事人：{reason}"];
                }
                else
                {
                    phoneCipher = protector.Protect(phone);
                    phoneMasked = Masking.Mobile(phone);
                }
            }

            result.Add(new CheckedParty(name, role, idCipher, idMasked, phoneCipher, phoneMasked));
        }

        return result;
    }

    /// <summary>The page's party lines: “姓名，身份，公民身份号码，手机号码” one per line (the last two optional).</summary>
    public static IReadOnlyList<PartyInput> ParseLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(['，', ','], 4))
            .Select(p => new PartyInput(p[0].Trim(), p.Length > 1 ? p[1].Trim() : null, p.Length > 2 ? p[2].Trim() : null, p.Length > 3 ? p[3].Trim() : null))
            .ToList();
}
