namespace Anshun.Core.Modules;

/// <summary>Start-up cannot continue: a module is missing, or modules depend on each other in a cycle.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);
