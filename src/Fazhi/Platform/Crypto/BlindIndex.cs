using System.Security.Cryptography;
using System.Text;

using Fazhi.Platform.Data;

using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Fazhi.Platform.Crypto;

/// <summary>
/// 盲索引 (blind index): finds an encrypted value (ID number, phone) by equality without decrypting anything. The
/// index is HMAC-SM3 (GB/T 32905 under RFC 2104) of the normalised value under a key kept apart from the field-encryption
/// keys, so the stored index neither reveals the value nor can be recomputed from a guessed value without the key.
/// </summary>
public interface IBlindIndex
{
    /// <summary>
    /// The index of <paramref name="value"/> within <paramref name="purpose"/> (e.g. "id_number", "phone"): the same value
    /// gives the same index for the same purpose, and an unrelated one for another purpose. Stored as <c>{keyId}:{hex}</c>.
    /// </summary>
    string Compute(string purpose, string value);
}

/// <summary>HMAC-SM3 blind index; the key id is part of the stored form so a rotated key is visible (old rows need re-indexing).</summary>
public sealed class HmacSm3BlindIndex : IBlindIndex
{
    private readonly byte[] _key;
    private readonly string _keyId;

    public HmacSm3BlindIndex(byte[] key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("盲索引密钥至少128位", nameof(key));
        }

        if (string.IsNullOrWhiteSpace(keyId) || keyId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("盲索引密钥标识不能为空或含冒号", nameof(keyId));
        }

        _key = key;
        _keyId = keyId;
    }

    public string Compute(string purpose, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(value);
        return $"{_keyId}:{Convert.ToHexStringLower(Mac(_key, Encoding.UTF8.GetBytes($"{purpose}\n{Normalize(value)}")))}";
    }

    /// <summary>HMAC-SM3 of <paramref name="message"/> (exposed for the known-answer test).</summary>
    public static byte[] Mac(byte[] key, byte[] message)
    {
        var hmac = new HMac(new SM3Digest());
        hmac.Init(new KeyParameter(key));
        hmac.BlockUpdate(message, 0, message.Length);
        var output = new byte[hmac.GetMacSize()];
        hmac.DoFinal(output, 0);
        return output;
    }

    /// <summary>Whitespace and hyphens removed, Latin letters upper-case: "4401 0519 4912 31002x" and "44010519491231002X" index alike.</summary>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// The blind-index key comes from configuration (<c>Fazhi:BlindIndex:Key</c>, 64 hex digits, and optionally
/// <c>Fazhi:BlindIndex:KeyId</c>; in production from the secret store). Without it a development key is generated once
/// into <c>{DataDirectory}/blind-index.key</c>, outside the database, like the field-encryption key.
/// </summary>
public static class BlindIndexSetup
{
    public const string DevKeyId = "dev";

    public static IServiceCollection AddBlindIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IBlindIndex>(_ =>
        {
            var section = configuration.GetSection("Fazhi:BlindIndex");
            if (section["Key"] is { Length: > 0 } hex)
            {
                return new HmacSm3BlindIndex(Convert.FromHexString(hex), section["KeyId"] ?? "k1");
            }

            return new HmacSm3BlindIndex(DevKey(DatabaseSetup.DataDirectory(configuration)), DevKeyId);
        });
        return services;
    }

    private static byte[] DevKey(string directory)
    {
        var path = Path.Combine(directory, "blind-index.key");
        if (File.Exists(path))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToHexString(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
