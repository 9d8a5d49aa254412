using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disputes.Domain;

public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);

    /// <summary>Parses an enum by its member name or its Chinese display name (the kernel's <see cref="DisplayNames.Parse{T}"/>).</summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum => DisplayNames.Parse<T>(text);
}
