namespace Hub.Contracts.Operations;

/// <summary>
/// Marks a contract property as personal data: the audit wire tap never copies it, even when its name
/// would otherwise make it a business fact.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute : Attribute;
