/** Entry of /account/: who is signed in, and the account (which downloads the sign-in form only when needed). */
import '../cr-session-nav'
import '../cr-account'
