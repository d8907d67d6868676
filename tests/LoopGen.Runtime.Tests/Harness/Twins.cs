using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace LoopGen.Runtime.Tests.Harness
{
    /// <summary>The result of one call: the value and array arguments afterwards, or the exception.</summary>
    public readonly record struct Outcome(string? Value, string? ArgumentsAfter, Type? ExceptionType, string? ExceptionMessage)
    {
        public bool Threw => this.ExceptionType is not null;

        public override string ToString() => this.Threw
            ? $"threw {this.ExceptionType!.FullName}: {this.ExceptionMessage}"
            : $"returned {Cut(this.Value)}; arguments after: {Cut(this.ArgumentsAfter)}";

        private static string Cut(string? text) => text is null ? "null" : text.Length <= 400 ? text : text.Substring(0, 400) + "...";
    }

    /// <summary>
    /// Runs a kernel <c>M</c> and every form of its generated twin (<c>MParallel(..)</c>, and
    /// <c>MParallel(.., options)</c> with default options and with MaxDegreeOfParallelism 1, 2 and 4)
    /// on deep copies of the same arguments, and asserts that every twin's outcome equals M's.
    /// </summary>
    public static class Twins
    {
        private static long cases;
        private static long parallelCases;

        /// <summary>Gets the number of inputs compared so far, over all tests.</summary>
        public static long Cases => Interlocked.Read(ref cases);

        /// <summary>Gets how many of them were seen to take the parallel path (worker tasks were queued).</summary>
        public static long ParallelCases => Interlocked.Read(ref parallelCases);

        /// <summary>Finds M, MParallel and MParallel(.., ParallelOptions) by name and arity.</summary>
        public static (MethodInfo Sequential, MethodInfo Parallel, MethodInfo WithOptions) Find(Type kernels, string name, int arity, params Type[] typeArguments)
        {
            MethodInfo Pick(string n, int count)
            {
                MethodInfo[] found = kernels.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                    .Where(m => m.Name == n && m.GetParameters().Length == count)
                    .ToArray();
                Assert.True(found.Length == 1, $"{kernels.Name}.{n}/{count}: expected one method, found {found.Length} (was the twin generated?)");
                MethodInfo method = found[0];
                return method.IsGenericMethodDefinition ? method.MakeGenericMethod(typeArguments) : method;
            }

            MethodInfo withOptions = Pick(name + "Parallel", arity + 1);
            Assert.Equal(typeof(ParallelOptions), withOptions.GetParameters()[arity].ParameterType);
            return (Pick(name, arity), Pick(name + "Parallel", arity), withOptions);
        }

        /// <summary>Calls a method, capturing its outcome; exceptions are not unwrapped by reflection.</summary>
        public static Outcome Call(MethodInfo method, object?[] arguments)
        {
            try
            {
                object? result = method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);
                // The kernel's own arguments, not the ParallelOptions appended for the twin.
                object?[] own = method.GetParameters().LastOrDefault()?.ParameterType == typeof(ParallelOptions) ? arguments[..^1] : arguments;
                return new Outcome(Show.Value(result), Show.Value(own), null, null);
            }
            catch (Exception ex)
            {
                return new Outcome(null, null, ex.GetType(), ex.Message);
            }
        }

        /// <summary>
        /// Compares M with all forms of MParallel on one input. Returns whether any call was seen to take
        /// the parallel path, and whether M threw.
        /// </summary>
        public static (bool SawParallel, bool Threw) Check(Type kernels, string name, object?[] arguments, params Type[] typeArguments)
        {
            (MethodInfo sequential, MethodInfo parallel, MethodInfo withOptions) = Find(kernels, name, arguments.Length, typeArguments);
            Outcome expected = Call(sequential, Clone.Deep(arguments));
            bool sawParallel = false;

            void Compare(string form, MethodInfo method, object?[] args)
            {
                Outcome actual = Call(method, args);
                if (actual != expected)
                {
                    Assert.Fail($"{kernels.Name}.{name} via {form} differs from {name}.\n  input: {Cut(Show.Value(arguments))}\n  expected: {expected}\n  actual:   {actual}");
                }
            }

            Compare(name + "Parallel(..)", parallel, Clone.Deep(arguments));
            Compare(name + "Parallel(.., new ParallelOptions())", withOptions, Append(Clone.Deep(arguments), new ParallelOptions()));
            foreach (int degree in new[] { 1, 2, 4 })
            {
                var scheduler = new CountingScheduler();
                var options = new ParallelOptions { MaxDegreeOfParallelism = degree, TaskScheduler = scheduler };
                Compare($"{name}Parallel(.., MaxDegreeOfParallelism = {degree})", withOptions, Append(Clone.Deep(arguments), options));
                sawParallel |= scheduler.Queued > 0;
            }

            Interlocked.Increment(ref cases);
            if (sawParallel)
            {
                Interlocked.Increment(ref parallelCases);
            }

            return (sawParallel, expected.Threw);
        }

        private static string Cut(string text) => text.Length <= 300 ? text : text.Substring(0, 300) + "...";

        private static object?[] Append(object?[] arguments, object last)
        {
            var all = new object?[arguments.Length + 1];
            arguments.CopyTo(all, 0);
            all[arguments.Length] = last;
            return all;
        }
    }

    /// <summary>Deep copies of arguments that keep their aliasing (a row shared twice stays shared).</summary>
    public static class Clone
    {
        public static object?[] Deep(object?[] arguments)
        {
            var map = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
            return arguments.Select(a => Copy(a, map)).ToArray();
        }

        private static object? Copy(object? value, Dictionary<object, object> map)
        {
            if (value is null || value is string || value.GetType().IsValueType)
            {
                return value;
            }

            if (map.TryGetValue(value, out object? done))
            {
                return done;
            }

            switch (value)
            {
                case Array array:
                {
                    var copy = (Array)array.Clone();
                    map[value] = copy;
                    if (!array.GetType().GetElementType()!.IsValueType && array.Rank == 1)
                    {
                        for (int i = 0; i < array.Length; i++)
                        {
                            copy.SetValue(Copy(array.GetValue(i), map), i);
                        }
                    }

                    return copy;
                }

                case IList list when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(List<>):
                {
                    var copy = (IList)Activator.CreateInstance(value.GetType())!;
                    map[value] = copy;
                    foreach (object? item in list)
                    {
                        copy.Add(Copy(item, map));
                    }

                    return copy;
                }

                default:
                    return value;
            }
        }
    }

    /// <summary>
    /// A task scheduler that counts the worker tasks queued to it (non-zero means the parallel path ran) and runs each
    /// on a thread of its own, started at once: on the thread pool, which the test host keeps busy, a helper may start
    /// only after the calling thread has run every chunk in order, and a race would go unseen.
    /// </summary>
    public sealed class CountingScheduler : TaskScheduler
    {
        private int queued;

        public int Queued => Volatile.Read(ref this.queued);

        protected override void QueueTask(Task task)
        {
            Interlocked.Increment(ref this.queued);
            new Thread(() => this.TryExecuteTask(task)) { IsBackground = true }.Start();
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => this.TryExecuteTask(task);

        protected override IEnumerable<Task> GetScheduledTasks() => Array.Empty<Task>();
    }
}
