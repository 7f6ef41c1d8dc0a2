package org.cadretraining.completion;

/** How a trainee made up (补学) a mandatory item they missed. */
enum MakeUpKind {
    /** The item's recording, watched afterwards. */
    RECORDING,
    /** A written assignment on the item's subject. */
    ASSIGNMENT,
    /** Another way the organiser accepts, named in the reason. */
    OTHER
}
