using System.Reflection;

namespace Hub.Testing;

/// <summary>What partners see (HTTP responses, webhook data) is made of types of its own, never of the bus contracts.</summary>
public static class PublicShapes
{
    private const string ContractsAssembly = "Hub.Contracts";

    /// <summary>The bus contract types a public shape exposes: itself, its properties' types, their elements, all the way down.</summary>
    public static IReadOnlyList<string> ContractTypesIn(Type shape)
    {
        var seen = new HashSet<Type>();
        var found = new List<string>();
        Visit(shape);
        return found;

        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                return;
            }
            if (type.Assembly.GetName().Name == ContractsAssembly)
            {
                found.Add(type.FullName!);
            }
            foreach (var argument in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
            {
                Visit(argument);
            }
            if (type.Namespace?.StartsWith("Hub.", StringComparison.Ordinal) == true)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Visit(property.PropertyType);
                }
            }
        }
    }
}
