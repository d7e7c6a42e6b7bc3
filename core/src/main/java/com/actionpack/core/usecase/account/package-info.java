/**
 * Use cases of the partner account and its users (R1-R4), one class per user action with its
 * command record: {@link com.actionpack.core.usecase.account.CreateAccount}, {@link
 * com.actionpack.core.usecase.account.SignInUser}, {@link
 * com.actionpack.core.usecase.account.AccountQueries}, {@link
 * com.actionpack.core.usecase.account.ChangeProfile}, {@link
 * com.actionpack.core.usecase.account.AppealRejection}, {@link
 * com.actionpack.core.usecase.account.DecideVerification}, {@link
 * com.actionpack.core.usecase.account.EnrollInProgram}, {@link
 * com.actionpack.core.usecase.account.AddUser}, {@link
 * com.actionpack.core.usecase.account.ChangeRole}, {@link
 * com.actionpack.core.usecase.account.AppointOperator}.
 *
 * <p>May use the model packages and {@code usecase}.
 */
package com.actionpack.core.usecase.account;
