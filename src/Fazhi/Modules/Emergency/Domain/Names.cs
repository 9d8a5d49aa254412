using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();
}
