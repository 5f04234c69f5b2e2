/** Entry of /create/: the create flow; its later steps are chunks it downloads when they are reached. */
import '../cr-create-flow'
