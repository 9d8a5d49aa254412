using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);
}
